using System.Buffers.Binary;
using System.IO.Hashing;
using Trek.Core;
using Trek.Fusion.Index;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Index;

/// <summary>
/// Issue 15: a damaged `trek.idx` is refused, never used. The spike-in transcriptome index (with NTRK3) is
/// saved once; each test damages a copy at a known place, found by walking the documented section framing
/// (id int32, length int64, zero padding to a multiple of 64, bytes, XxHash3 of id, length and bytes; IndexStore's summary).
/// </summary>
public sealed class IndexIntegrityTests(TranscriptomeRunFixture fixture) : IClassFixture<TranscriptomeRunFixture>, IDisposable
{
    private readonly FusionIndex _index = fixture.Run.Index;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (string Dir, byte[] Bytes) Copy()
    {
        var dir = _temp.NewDir();
        IndexStore.Save(_index, dir);
        return (dir, File.ReadAllBytes(Path.Combine(dir, IndexStore.DataFile)));
    }

    /// <summary>Frame offset, body offset and body length of each section, by walking the framing after magic (8) and version (4).</summary>
    private static Dictionary<int, (int Frame, int Start, int Length)> Sections(byte[] bytes)
    {
        var sections = new Dictionary<int, (int, int, int)>();
        var at = 12;
        while (at + 12 <= bytes.Length - 8)
        {
            var id = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            var length = (int)BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + 4));
            var start = (at + 12 + 63) / 64 * 64;
            sections[id] = (at, start, length);
            at = start + length + 8;
        }

        return sections;
    }

    private static InputException Refused(string dir, byte[] damaged)
    {
        File.WriteAllBytes(Path.Combine(dir, IndexStore.DataFile), damaged);
        var ex = Assert.Throws<InputException>(() => IndexStore.Load(dir));
        Assert.Contains(Path.Combine(dir, IndexStore.DataFile), ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
        return ex;
    }

    [Fact]
    public void Load_Intact_RoundTripsRepeatMapVersionsAndProvenance()
    {
        var (dir, _) = Copy();
        var loaded = IndexStore.Load(dir);
        Assert.Equal(_index.Repeats.Kmers, loaded.Repeats.Kmers);
        Assert.Equal(_index.Repeats.Genes, loaded.Repeats.Genes);
        Assert.True(loaded.Repeats.Built);
        Assert.Equal(_index.Transcripts.Select(t => (t.Id, t.Version, t.DomainStart, t.DomainEnd)), loaded.Transcripts.Select(t => (t.Id, t.Version, t.DomainStart, t.DomainEnd)));

        // The pizzly test GTF's header: "#!genome-version GRCh38", "#!genebuild-last-updated 2016-06".
        Assert.Equal(("GRCh38", "Ensembl genebuild 2016-06"), (loaded.Manifest.Assembly, loaded.Manifest.Annotation));
        Assert.Contains(loaded.Transcripts, t => t.Version is not null);
    }

    [Theory]
    [InlineData(1, "manifest")]
    [InlineData(3, "transcripts")]
    [InlineData(8, "codes")]
    [InlineData(4, "kmers")]
    [InlineData(9, "kmerkeys")]
    [InlineData(10, "kmervalues")]
    [InlineData(11, "kmerruns")]
    [InlineData(5, "exonends")]
    [InlineData(7, "repeats")]
    public void Load_OneByteFlippedInASection_IsRefusedNamingIt(int section, string name)
    {
        var (dir, bytes) = Copy();
        var (_, start, length) = Sections(bytes)[section];
        foreach (var offset in new[] { start, start + (length / 2), start + length - 1 })
        {
            var damaged = (byte[])bytes.Clone();
            damaged[offset] ^= 0x40;
            Assert.Contains($"the {name} section fails its checksum", Refused(dir, damaged).Message);
        }
    }

    [Fact]
    public void Load_DamagedHeaderFramingOrEnd_IsRefused()
    {
        var (dir, bytes) = Copy();
        var magic = (byte[])bytes.Clone();
        magic[2] ^= 0xFF;
        Assert.Contains("not a Trek index file", Refused(dir, magic).Message);

        var version = (byte[])bytes.Clone();
        version[8] ^= 0x01;
        Assert.Contains("index format", Refused(dir, version).Message);

        var length = (byte[])bytes.Clone();
        length[12 + 4 + 3] ^= 0x10; // the manifest section's length, byte 3: claims 256 MB more than there is
        Assert.Contains("damaged", Refused(dir, length).Message);

        var last = (byte[])bytes.Clone();
        last[^1] ^= 0x01;
        Assert.Contains("end marker", Refused(dir, last).Message);

        Assert.Contains("end marker", Refused(dir, [.. bytes, 0]).Message);
        Assert.Contains("truncated", Refused(dir, bytes[..^9]).Message);
    }

    [Fact]
    public void Load_SameSizeChangeToTheNtrk3Sequence_IsRefused()
    {
        var (dir, bytes) = Copy();
        var ntrk3 = _index.Transcripts.First(t => _index.Genes[t.Gene].Name == "NTRK3" && t.DomainStart >= 0);
        var piece = ntrk3.Codes.AsSpan(ntrk3.DomainStart, 64).ToArray();
        var at = bytes.AsSpan().IndexOf(piece);
        Assert.True(at > 0, "the NTRK3 kinase-domain bases are stored as they are");
        var damaged = (byte[])bytes.Clone();
        for (var i = 0; i < piece.Length; i++)
        {
            damaged[at + i] = (byte)(piece[i] < 4 ? 3 - piece[i] : piece[i]); // complement: same size, still valid base codes
        }

        Assert.Contains("the codes section fails its checksum", Refused(dir, damaged).Message);
    }

    [Fact]
    public void Load_OutOfRangeCountWithAValidChecksum_IsRefusedNotCrashedOn()
    {
        // A writer bug or a deliberate edit that also fixes the checksum: the gene count says 1,000,000,000.
        var (dir, bytes) = Copy();
        var (frame, start, length) = Sections(bytes)[2];
        var damaged = (byte[])bytes.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(damaged.AsSpan(start), 1_000_000_000);
        var hash = new XxHash3();
        hash.Append(damaged.AsSpan(frame, 12));
        hash.Append(damaged.AsSpan(start, length));
        hash.GetCurrentHash().CopyTo(damaged, start + length);
        Assert.Contains("genes: count 1000000000 does not fit", Refused(dir, damaged).Message);
    }

    [Theory]
    [InlineData(10, 0, 0xFFFF_FFFCu, "a k-mer's position lies past the transcripts")] // a k-mer value: position 2^30 - 1
    [InlineData(11, 8, 0x7FFF_FFFFu, "k-mer run 0 lies outside the transcripts")] // the first run's length (third int32)
    public void Load_KmerSectionOutOfRangeWithAValidChecksum_IsRefused(int section, int offset, uint value, string message)
    {
        var (dir, bytes) = Copy();
        var (frame, start, length) = Sections(bytes)[section];
        var damaged = (byte[])bytes.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(damaged.AsSpan(start + offset), value);
        var hash = new XxHash3();
        hash.Append(damaged.AsSpan(frame, 12));
        hash.Append(damaged.AsSpan(start, length));
        hash.GetCurrentHash().CopyTo(damaged, start + length);
        Assert.Contains($"kmers: {message}", Refused(dir, damaged).Message);
    }
}
