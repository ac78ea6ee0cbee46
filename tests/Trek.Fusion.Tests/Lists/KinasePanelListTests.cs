using Trek.Fusion.Index;

namespace Trek.Fusion.Tests.Lists;

/// <summary>
/// The shipped kinase-panel gene list (examples/kinase-fusion-panel.txt, issue 14's reference recipe): every line names
/// its source and says whether the gene is in the bundled example reference, and that claim is checked against the
/// example's own annotation by building the index from the list; every gene of the bundled known-fusion list is on the panel.
/// </summary>
public sealed class KinasePanelListTests
{
    private const string InExample = "[in the example]";
    private const string Absent = "[absent from the example: ";

    private static readonly string PanelFile = Path.Combine(TestPaths.Repo, "examples", "kinase-fusion-panel.txt");

    private static List<(string Gene, string Comment)> Panel() =>
        [.. File.ReadLines(PanelFile).Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => (Gene: l.Split('#')[0].Trim(), Comment: l.Contains('#') ? l[(l.IndexOf('#') + 1)..].Trim() : ""))];

    [Fact]
    public void Panel_EveryLine_MarkedAndSourced()
    {
        var panel = Panel();
        Assert.Equal(57, panel.Count); // 51 genes of the first list + MPRIP, TRIM24, PAN3, AGBL4, HOOK3, TACC1 (known-fusion partners)
        Assert.Equal(panel.Count, panel.Select(p => p.Gene).Distinct(StringComparer.Ordinal).Count());
        foreach (var (gene, comment) in panel)
        {
            Assert.DoesNotContain(gene, char.IsWhiteSpace);
            string source;
            if (comment.StartsWith(InExample, StringComparison.Ordinal))
            {
                source = comment[InExample.Length..];
            }
            else
            {
                Assert.True(comment.StartsWith(Absent, StringComparison.Ordinal), $"{gene}: neither '{InExample}' nor '{Absent}REASON]'");
                var close = comment.IndexOf(']', StringComparison.Ordinal);
                Assert.True(close > Absent.Length + 3, $"{gene}: no reason given");
                source = comment[(close + 1)..];
            }

            Assert.True(source.Trim().Length >= 10, $"{gene}: no source");
        }
    }

    /// <summary>Built the way `trek index --genes examples/kinase-fusion-panel.txt` builds it: exactly the genes marked "in the example" are indexed.</summary>
    [Fact]
    public void Panel_OnBundledExample_IndexesExactlyTheGenesMarkedPresent()
    {
        var panel = Panel();
        var example = Path.Combine(TestPaths.Repo, "examples", "pizzly-spikein");
        var index = IndexBuilder.Build(Path.Combine(example, "transcripts.fasta.gz"), Path.Combine(example, "transcripts.gtf.gz"), [.. panel.Select(p => p.Gene)], 31, null, null);
        string[] marked = [.. panel.Where(p => p.Comment.StartsWith(InExample, StringComparison.Ordinal)).Select(p => p.Gene).Order(StringComparer.Ordinal)];
        Assert.Equal(marked, index.Genes.Select(g => g.Name).Distinct().Order(StringComparer.Ordinal));
        // Hand-checked against the GTF's gene_name values: the 36-name pizzly reference holds these 10 of the panel.
        Assert.Equal(["AKAP9", "ALK", "BRAF", "CD74", "EML4", "ETV6", "HOOK3", "NTRK3", "RET", "ROS1"], marked);
    }

    [Fact]
    public void Panel_HoldsEveryGeneOfTheBundledKnownFusionList()
    {
        var known = File.ReadLines(Path.Combine(TestPaths.Repo, "src", "Trek.Fusion", "Resources", "known_fusions_kinase.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .SelectMany(l => l.Split('\t').Take(2))
            .Select(g => g.TrimStart('+', '-'))
            .Where(g => !g.Contains(':'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(known.Count >= 40);
        Assert.Empty(known.Except(Panel().Select(p => p.Gene)));
    }
}
