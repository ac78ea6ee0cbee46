using Trek.Fusion.Annotation;
using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Calling;
using Trek.Fusion.Filters;
using Trek.Fusion.Pipeline;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Pipeline;

/// <summary>End to end on made-up reads whose truth is known by construction: fragments of the GA::GB fusion transcript.</summary>
public sealed class SyntheticFusionTests(SyntheticReferenceFixture fixture) : IClassFixture<SyntheticReferenceFixture>
{
    private readonly SyntheticReference _ref = fixture.Reference;

    /// <summary>
    /// Fragments of 250 bp starting every 7 bases across the junction; R1 forward, R2 reverse complement (standard Illumina pairs).
    /// A mate over the junction by fewer than 12 bases (--min-anchor) is not a split read but still lies on its gene, so its pair spans.
    /// </summary>
    private (string R1, string R2, int Split, int Spanning) WriteFragments(string prefix) => WriteFragments(prefix, _ref.Fusion);

    private (string R1, string R2, int Split, int Spanning) WriteFragments(string prefix, string fusion)
    {
        var r1 = new StringBuilder();
        var r2 = new StringBuilder();
        int split = 0, spanning = 0, n = 0;
        for (var start = 150; start + 250 <= fusion.Length && start < 400; start += 7)
        {
            var fragment = fusion.Substring(start, 250);
            var m1 = fragment[..100];
            var m2 = Dna.ReverseComplement(fragment[150..]);
            var crosses1 = start + 12 <= 400 && start + 100 - 12 >= 400;
            var crosses2 = start + 150 + 12 <= 400 && start + 250 - 12 >= 400;
            if (crosses1 || crosses2)
            {
                split++;
            }
            else if (start + 100 - 400 < 12 && 400 - (start + 150) < 12)
            {
                spanning++;
            }

            n++;
            r1.Append($"@f{n}/1\n{m1}\n+\n{new string('I', 100)}\n");
            r2.Append($"@f{n}/2\n{m2}\n+\n{new string('I', 100)}\n");
        }

        var p1 = Path.Combine(_ref.Dir, prefix + "_1.fq");
        var p2 = Path.Combine(_ref.Dir, prefix + "_2.fq");
        File.WriteAllText(p1, r1.ToString());
        File.WriteAllText(p2, r2.ToString());
        return (p1, p2, split, spanning);
    }

    [Fact]
    public void Run_FusionFragments_CallsJunctionWithGenomeCoordinatesOnBothStrands()
    {
        var (r1, r2, split, spanning) = WriteFragments("syn");
        var evidence = FusionPipeline.Run(_ref.Index, r1, r2, new FusionOptions(), 2);
        var (passed, _) = new FusionCaller(_ref.Index, new FusionOptions()).Call(evidence);
        var c = Assert.Single(passed);
        Assert.Equal("GA::GB", c.Fusion);

        // GA (+): exon 2 ends at chrT:600. GB (-): exon 2 starts (transcript order) at chrT:2500.
        Assert.Equal((new GenomicPosition("chrT", 600, Strand.Plus, null), new GenomicPosition("chrT", 2500, Strand.Minus, null), 2, 2), (c.Break1!.Genomic, c.Break2!.Genomic, c.Break1.Exon, c.Break2.Exon));
        Assert.Equal((split, spanning), ((int)c.SplitReads, (int)c.SpanningPairs));
        Assert.Equal(Confidence.High, c.Confidence);
        Assert.Equal(new JunctionSequence(_ref.Fusion.Substring(340, 60), _ref.Fusion.Substring(400, 60)), c.Junction);
    }

    [Fact]
    public void Run_ReciprocalOrientation_MinusStrandGeneIsFivePrime()
    {
        var (r1, r2, split, spanning) = WriteFragments("rec", _ref.Reciprocal);
        var evidence = FusionPipeline.Run(_ref.Index, r1, r2, new FusionOptions(), 1);
        var c = Assert.Single(new FusionCaller(_ref.Index, new FusionOptions()).Call(evidence).Passed);
        Assert.Equal("GB::GA", c.Fusion);

        // GB (-): exon 2 ends (transcript order) at chrT:2301. GA (+): exon 3 starts at chrT:701.
        Assert.Equal((new GenomicPosition("chrT", 2301, Strand.Minus, null), new GenomicPosition("chrT", 701, Strand.Plus, null), 2, 3), (c.Break1!.Genomic, c.Break2!.Genomic, c.Break1.Exon, c.Break2.Exon));
        Assert.Equal((split, spanning), ((int)c.SplitReads, (int)c.SpanningPairs));
    }

    [Fact]
    public void Run_SameFragmentsTwice_CountsDuplicatesOnce()
    {
        var (r1, r2, split, _) = WriteFragments("dup");
        File.AppendAllText(r1, File.ReadAllText(r1).Replace("@f", "@g"));
        File.AppendAllText(r2, File.ReadAllText(r2).Replace("@f", "@g"));
        var evidence = FusionPipeline.Run(_ref.Index, r1, r2, new FusionOptions(), 2);
        var c = Assert.Single(new FusionCaller(_ref.Index, new FusionOptions()).Call(evidence).Passed);
        Assert.Equal(split, (int)c.SplitReads);
        Assert.Contains(c.Verdicts, v => v is { Filter: FilterId.Duplicates, RemovesCall: false, Reads: > 0 });

        var noDedupe = new FusionOptions { DisabledFilters = new HashSet<FilterId> { FilterId.Duplicates } };
        var all = Assert.Single(new FusionCaller(_ref.Index, noDedupe).Call(evidence).Passed);
        Assert.Equal(2 * split, (int)all.SplitReads);
    }
}
