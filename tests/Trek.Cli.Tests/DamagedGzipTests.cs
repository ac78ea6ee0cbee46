using System.IO.Compression;
using Trek.Cli.Tests.Safety;

namespace Trek.Cli.Tests;

/// <summary>
/// A damaged .gz is bad input, refused in one line with exit 2, whichever reader meets it (docs/cli.md exit
/// codes). The damage is detected once, in the gzip-aware opener every reader uses (Trek.IO InputFile), so
/// these cases cover readers that had no catch of their own: the kinase-domain table of `trek index --domains`
/// (it escaped as exit 70 before), the patient record (YAML), the table reader (CSV) and the VCF reader.
/// Three kinds of damage: the file cut in half (a copy that stopped), the CRC-32 trailer changed (every byte
/// inflates, the check at the end fails: RFC 1952 §2.3.1) and bytes flipped inside the deflate data.
/// </summary>
public sealed class DamagedGzipTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-damaged-gz").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Damages => ["truncated", "bad-crc", "flipped"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void IndexDomains_DamagedGzip_BadInputOneLine(string damage)
    {
        // The bundled kinase-domain table's shape: entrez_symbol, name, kinase_domain_seq (TRKA kinase domain peptide start).
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i => $"GENE{i}\tkinase {i}\tLCVKVADFGMSRDIYSTDYYRVGGRTMLPIRWMPPESILYRKFTTESDVWSFGVVLWEIFTYGKQPWYQLSNTEAIDCITQGRELERPRACPPEVYAIMRGCWQREPQQRHSIKDVHARLQALAQAPPVYLDVLG\n"));
        var domains = Damaged("domains.tsv.gz", "entrez_symbol\tname\tkinase_domain_seq\n" + rows, damage);
        var (code, stdout, stderr) = CliHarness.Run(
            "index", "--fasta", CliHarness.Example("transcripts.fasta.gz"), "--gtf", CliHarness.Example("transcripts.gtf.gz"),
            "-o", Path.Combine(_dir, "idx"), "--domains", domains);
        AssertRefused(code, stdout, stderr, domains);
        Assert.False(Directory.Exists(Path.Combine(_dir, "idx")), "no index is published from a damaged domain table");
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void Eligibility_DamagedGzipRecord_BadInputOneLine(string damage)
    {
        var record = Damaged("patient.yaml.gz", File.ReadAllText(Shipped("patient.yaml")), damage);
        var (code, stdout, stderr) = CliHarness.Run("eligibility", "-i", record, "--on", "2026-12-01");
        AssertRefused(code, stdout, stderr, record);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void Km_DamagedGzipTable_BadInputOneLine(string damage)
    {
        var table = Damaged("os.csv.gz", File.ReadAllText(Shipped("os.csv")), damage);
        var (code, stdout, stderr) = CliHarness.Run("km", "-i", table);
        AssertRefused(code, stdout, stderr, table);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void Resistance_DamagedGzipVcf_BadInputOneLine(string damage)
    {
        using var gz = new GZipStream(File.OpenRead(Shipped("annotated.vcf.gz")), CompressionMode.Decompress);
        using var text = new StreamReader(gz);
        var vcf = Damaged("annotated.vcf.gz", text.ReadToEnd(), damage);
        var (code, stdout, stderr) = CliHarness.Run("resistance", "-i", vcf);
        AssertRefused(code, stdout, stderr, vcf);
    }

    [Fact]
    public void Resistance_IntactGzipOfTheSameText_Accepted()
    {
        // The control: the same bytes undamaged are read (so the refusals above are the damage, not the input).
        using var gz = new GZipStream(File.OpenRead(Shipped("annotated.vcf.gz")), CompressionMode.Decompress);
        using var text = new StreamReader(gz);
        var vcf = Path.Combine(_dir, "intact.vcf.gz");
        File.WriteAllBytes(vcf, Gzip(text.ReadToEnd()));
        var (code, _, stderr) = CliHarness.Run("resistance", "-i", vcf);
        Assert.True(code == 0, stderr);
    }

    /// <summary>A file of examples/ (CliHarness.Repo takes the caller's path, so go through its Example).</summary>
    private static string Shipped(string file) => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(CliHarness.Example(file))!, "..", file));

    private static void AssertRefused(int code, string stdout, string stderr, string path)
    {
        Assert.True(code == 2, $"exit {code}: {stderr}");
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"trek: error: {path}: ", line);
        Assert.Matches("(truncated|corrupt) gzip", line);
    }

    /// <summary>Writes <paramref name="text"/> gzipped, then damaged as named.</summary>
    private string Damaged(string name, string text, string damage)
    {
        var bytes = Gzip(text);
        switch (damage)
        {
            case "truncated":
                bytes = bytes[..(bytes.Length / 2)];
                break;
            case "bad-crc":
                // The trailer is CRC-32 then ISIZE, 4 bytes each, little-endian (RFC 1952 §2.3.1).
                bytes[^8] ^= 0xFF;
                break;
            default:
                // Inside the deflate data: past the 10-byte header, before the 8-byte trailer.
                for (var i = bytes.Length / 2; i < (bytes.Length / 2) + 4; i++)
                {
                    bytes[i] ^= 0x5A;
                }

                break;
        }

        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(string text)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal))
        {
            gz.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return ms.ToArray();
    }
}
