using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Accuracy;

/// <summary>
/// Issue 9: two partner-unknown fusions on one NTRK gene (TPM3::NTRK1 and LMNA::NTRK1 of the SeraSeq mix, both
/// partners absent from an NTRK1-only index) must both be called at their exact breakpoints, each with its own
/// partner sequence; before, novel_background compared the two sites with each other and removed both.
/// </summary>
public sealed class TwoPartnersOnOneKinaseTests
{
    private static readonly Ntrk1TwoPartners Fixture = new();

    [Theory]
    [InlineData(100)]
    [InlineData(50)]
    public void Call_TwoUnknownPartnersOnNtrk1_BothAtTheirBreaksWithTheirPartnerSequence(int readLength)
    {
        var (r1, r2) = Fixture.WriteReads($"two{readLength}", readLength);
        var run = new AccuracyRun(Fixture.Index, r1, r2);
        var calls = run.Passed.Where(c => c.Fusion == ".::NTRK1").OrderBy(c => c.Break2!.Genomic!.Value.Position).ToList();
        Assert.Equal(2, calls.Count);
        Assert.DoesNotContain(run.Discarded, c => c.SplitReads >= 10);
        (int Position, int Exon, string Partner)[] truth =
        [
            (156874571, 10, Fixture.Tpm3Partner), // TPM3::NTRK1, SeraCare_fusion_targets.tsv chr1:156874571:+
            (156874906, 11, Fixture.LmnaPartner), // LMNA::NTRK1, chr1:156874906:+
        ];
        foreach (var (c, t) in calls.Zip(truth, (c, t) => (c, t)))
        {
            Assert.Equal(new GenomicPosition("1", t.Position, Strand.Plus, null), c.Break2!.Genomic);
            Assert.Equal(t.Exon, c.Break2.Exon);
            Assert.InRange(c.Confidence, Confidence.High, Confidence.Medium);

            // The assembled partner is the template's partner sequence up to the junction, tens of bases long.
            var partner = c.Junction!.FivePrime;
            Assert.Equal(c.Partner!.Length, partner.Length);
            Assert.True(partner.Length >= (readLength >= 100 ? 60 : 25), $"{partner.Length} bases");
            Assert.EndsWith(partner, t.Partner, StringComparison.Ordinal);
            Assert.Equal(c.Partner.Reads, c.SplitReads);
        }
    }
}
