using Trek.Fusion.Annotation;
using Trek.Reports.Export;
using Trek.Reports.Fusions;

namespace Trek.Reports.Tests;

public sealed class ExportTests
{
    private readonly string _dir = TestFiles.Scratch("export");

    private static FusionTable Example => FusionTableReader.Read(TestFiles.Example("expected_fusions.tsv"));

    [Theory]
    // VCF 4.3 section 5.4: t[p[ = piece right of p joined after t; t]p] = reverse-complemented piece left of p after t;
    // ]p]t = piece left of p before t; [p[t = reverse-complemented piece right of p before t. The 5' gene keeps the
    // sequence upstream of its break (left on +, right on -), the 3' gene the sequence downstream (right on +, left on -).
    [InlineData(Strand.Plus, Strand.Plus, "N[2:200[", "]1:100]N")]
    [InlineData(Strand.Plus, Strand.Minus, "N]2:200]", "N]1:100]")]
    [InlineData(Strand.Minus, Strand.Plus, "[2:200[N", "[1:100[N")]
    [InlineData(Strand.Minus, Strand.Minus, "]2:200]N", "N[1:100[")]
    public void Alts_EachStrandPair_BracketForm(Strand s1, Strand s2, string five, string three) =>
        Assert.Equal((five, three), BreakendVcfWriter.Alts("1", 100, s1, "2", 200, s2));

    [Fact]
    public void Vcf_BundledExample_BcftoolsReadsEightMatePairs()
    {
        var vcf = Path.Combine(_dir, "fusions.vcf");
        IReadOnlyList<FusionRecord> skipped;
        using (var w = new StreamWriter(vcf))
        {
            skipped = BreakendVcfWriter.Write(w, Example, "GRCh38");
        }

        // EML4::ALK has no 5' breakpoint (partner not on an annotated exon): 9 calls, 8 breakend pairs.
        Assert.Equal("EML4", Assert.Single(skipped).Gene1);
        var (code, output, err) = ExternalTools.Run("bcftools", "view", "-H", vcf);
        Assert.True(code == 0, err);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(16, rows.Count);
        // ETV6 (+) exon 5 :: NTRK3 (-) exon 15, examples/pizzly-spikein/README.md.
        var etv6 = rows.Single(r => r[0] == "12" && r[1] == "11869969");
        Assert.Equal("N]15:87940753]", etv6[4]);
        var ntrk3 = rows.Single(r => r[0] == "15" && r[1] == "87940753");
        Assert.Equal("N]12:11869969]", ntrk3[4]);
        Assert.Contains($"MATEID={ntrk3[2]}", etv6[7]);
        Assert.Contains($"MATEID={etv6[2]}", ntrk3[7]);
        var (qcode, query, qerr) = ExternalTools.Run("bcftools", "query", "-f", "%INFO/SVTYPE\n", vcf);
        Assert.True(qcode == 0, qerr);
        Assert.All(query.Split('\n', StringSplitOptions.RemoveEmptyEntries), t => Assert.Equal("BND", t));
    }

    [Fact]
    public void CbioportalSv_BundledExample_RequiredColumnsAndEtv6Ntrk3Row()
    {
        var w = new StringWriter();
        CbioportalSvWriter.Write(w, Example, "SRR1659964", "GRCh38");
        var lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        // Required by cBioPortal's importer (File Formats, Structural Variant Data): Sample_Id, SV_Status, and a gene for each site.
        foreach (var required in new[] { "Sample_Id", "SV_Status", "Site1_Hugo_Symbol", "Site2_Hugo_Symbol" })
        {
            Assert.Contains(required, header);
        }

        Assert.Equal(10, lines.Length);
        var row = lines.Select(l => l.Split('\t')).Single(r => r[Array.IndexOf(header, "Site2_Hugo_Symbol")] == "NTRK3");
        string Cell(string column) => row[Array.IndexOf(header, column)];
        Assert.Equal(("ETV6", "5", "12", "11869969"), (Cell("Site1_Hugo_Symbol"), Cell("Site1_Region_Number"), Cell("Site1_Chromosome"), Cell("Site1_Position")));
        Assert.Equal(("15", "15", "87940753"), (Cell("Site2_Region_Number"), Cell("Site2_Chromosome"), Cell("Site2_Position")));
        Assert.Equal(("in-frame", "GRCh38", "30", "14", "SOMATIC"), (Cell("Site2_Effect_On_Frame"), Cell("NCBI_Build"), Cell("Tumor_Split_Read_Count"), Cell("Tumor_Paired_End_Read_Count"), Cell("SV_Status")));
    }
}
