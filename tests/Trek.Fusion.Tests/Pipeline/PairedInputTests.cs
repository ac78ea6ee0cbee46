using System.IO.Compression;
using System.Text;
using Trek.Core;
using Trek.Fusion.Pipeline;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Pipeline;

/// <summary>Mates that are not mates, empty and damaged files: one clear error naming the file and record.</summary>
public sealed class PairedInputTests(SyntheticReferenceFixture fixture) : IClassFixture<SyntheticReferenceFixture>
{
    private readonly SyntheticReference _ref = fixture.Reference;

    private string Fastq(string name, IEnumerable<string> names, bool gzip = false)
    {
        var text = new StringBuilder();
        foreach (var n in names)
        {
            text.Append($"@{n}\n{_ref.TranscriptA[..100]}\n+\n{new string('I', 100)}\n");
        }

        var path = Path.Combine(_ref.Dir, name);
        var bytes = Encoding.ASCII.GetBytes(text.ToString());
        if (gzip)
        {
            using var f = File.Create(path);
            using var gz = new GZipStream(f, CompressionLevel.Fastest);
            gz.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }

        return path;
    }

    private static IEnumerable<string> Names(int n, string suffix) => Enumerable.Range(1, n).Select(i => $"frag{i}{suffix}");

    private InputException Fails(string r1, string r2) =>
        Assert.Throws<InputException>(() => FusionPipeline.Run(_ref.Index, r1, r2, new FusionOptions(), 2));

    [Fact]
    public void Run_MatchingMates_CountsEveryPair()
    {
        var e = FusionPipeline.Run(_ref.Index, Fastq("ok1.fq", Names(10_000, "/1")), Fastq("ok2.fq.gz", Names(10_000, "/2"), gzip: true), new FusionOptions(), 2);
        Assert.Equal(10_000, e.Fragments);
        Assert.Equal(10_000, e.FragmentsOnIndex);
    }

    [Fact]
    public void Run_R2ShorterThanR1_NamesTheShortFile()
    {
        var r1 = Fastq("long1.fq", Names(5000, "/1"));
        var r2 = Fastq("short2.fq", Names(4999, "/2"));
        var ex = Fails(r1, r2);
        Assert.Equal($"{r2} ends after record 4,999 but {r1} has more: R1 and R2 must have the same reads in the same order", ex.Message);
    }

    [Fact]
    public void Run_R1ShorterThanR2_NamesTheShortFile()
    {
        var r1 = Fastq("s1.fq", Names(3, "/1"));
        var r2 = Fastq("l2.fq", Names(4, "/2"));
        Assert.StartsWith($"{r1} ends after record 3 but {r2} has more", Fails(r1, r2).Message);
    }

    [Fact]
    public void Run_NamesDiffer_NamesTheRecord()
    {
        var r1 = Fastq("n1.fq", Names(100, "/1"));
        var r2 = Fastq("n2.fq", Names(100, "/2").Select((n, i) => i == 41 ? "other/2" : n));
        Assert.Equal($"{r1} and {r2}: read names differ at record 42 ('frag42/1' vs 'other/2'): the files are not mates, or are not in the same order", Fails(r1, r2).Message);
    }

    [Fact]
    public void Run_EmptyFiles_SaysSo()
    {
        var r1 = Fastq("e1.fq", []);
        var r2 = Fastq("e2.fq", []);
        Assert.Equal($"{r1}: no reads (empty file)", Fails(r1, r2).Message);
    }

    [Fact]
    public void Run_TruncatedGzip_NamesFileAndRecord()
    {
        var r1 = Fastq("t1.fq.gz", Names(20_000, "/1"), gzip: true);
        var r2 = Fastq("t2.fq.gz", Names(20_000, "/2"), gzip: true);
        var bytes = File.ReadAllBytes(r2);
        File.WriteAllBytes(r2, bytes[..(bytes.Length * 2 / 3)]);
        var ex = Fails(r1, r2);
        Assert.StartsWith($"{r2}: ", ex.Message);
        Assert.Matches("truncated gzip|incomplete record", ex.Message);
    }

    [Fact]
    public void Run_MissingFile_IsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => FusionPipeline.Run(_ref.Index, Path.Combine(_ref.Dir, "nope1.fq"), Path.Combine(_ref.Dir, "nope2.fq"), new FusionOptions(), 1));
    }

    [Theory]
    [InlineData("a/1", "a/2", true)]
    [InlineData("SRR1.5.1", "SRR1.5.2", true)]
    [InlineData("a_1", "a_2", true)]
    [InlineData("a", "a", true)]
    [InlineData("a/1", "b/2", false)]
    [InlineData("a1", "a2", false)]
    public void MateNames_Match_FollowsSuffixConventions(string a, string b, bool same)
    {
        Assert.Equal(same, MateNames.Match(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b)));
    }
}
