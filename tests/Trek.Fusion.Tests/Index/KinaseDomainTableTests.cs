using Trek.Core.Sequences;
using Trek.Fusion.Annotation;
using Trek.Fusion.Tests.Accuracy;
using Trek.IO.Kinases;

namespace Trek.Fusion.Tests.Index;

/// <summary>
/// The bundled kinase-domain table (src/Trek.IO/Kinases/kinase_domains.tsv). Rows with UniProt spans are checked against
/// the kinases whose transcripts the shared pizzly reference holds: on the canonical-length protein the span must
/// look like a protein kinase domain (Hanks and Hunter 1995): the glycine-rich loop G-x-G-x-x-G/S/A within its
/// first 15 residues, the catalytic HRD and the DFG motif inside, 250-370 residues long (PDGFRA/B carry a kinase insert).
/// </summary>
public sealed class KinaseDomainTableTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly Lazy<Trek.Fusion.Index.FusionIndex> Pizzly = new(() => AccuracyRun.PizzlyIndex());

    [Fact]
    public void Bundled_EveryTherapyKinaseHasARowWithASource()
    {
        var rows = KinaseDomainTable.Bundled();
        string[] kinases = ["ALK", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3", "BRAF", "RAF1", "FGFR1", "FGFR2", "FGFR3", "MET", "ABL1", "PDGFRA", "PDGFRB", "JAK2", "EGFR"];
        Assert.Equal(kinases.Order(), rows.Select(r => r.Gene).Order());
        Assert.All(rows.Where(r => r.Peptide.Length == 0), r => Assert.InRange(r.End - r.Start + 1, 250, 370));
    }

    [Theory]
    [InlineData("ALK", 1116)] // UniProt Q9UM73
    [InlineData("ROS1", 1945)] // UniProt P08922
    [InlineData("RET", 724)] // UniProt P07949
    [InlineData("BRAF", 457)] // UniProt P15056
    public void Locate_UniProtSpan_OnTheCanonicalProteinLooksLikeAKinaseDomain(string gene, int start)
    {
        var index = Pizzly.Value;
        var row = KinaseDomainTable.Bundled().Single(r => r.Gene == gene);
        var canonical = index.Transcripts.Where(t => index.Genes[t.Gene].Name == gene && t.DomainStart >= 0 && (t.CdsEnd - t.CdsStart) / 3 is var n && (n == row.ProteinLength || n == row.ProteinLength + 1)).OrderBy(t => t.Rank).First();
        Assert.Equal(canonical.CdsStart + (3 * (start - 1)), canonical.DomainStart);
        var domain = GeneticCode.Translate(canonical.Codes.AsSpan(canonical.DomainStart, canonical.DomainEnd - canonical.DomainStart));
        Assert.Matches("^.{0,9}G.G..[GSA]", domain);
        Assert.Contains("HRD", domain);
        Assert.Contains("DFG", domain);
    }

    [Fact]
    public void Read_SpanRowWithoutSequenceOrValidSpan_RefusedWithTheLine()
    {
        var path = Path.Combine(_temp.Path, "domains.tsv");
        File.WriteAllText(path, "entrez_symbol\tprotein_len\tkd_start_aa\tkd_end_aa\tkinase_domain_seq\nALK\t1620\t1392\t1116\t.\n");
        var e = Assert.Throws<Trek.Core.InputException>(() => KinaseDomainTable.Read(path));
        Assert.Contains(":2", e.Message + e.ToString());
    }
}
