using Trek.Assessment.Tumour;
using static Trek.Assessment.Tests.Tumour.Lesions;

namespace Trek.Assessment.Tests.Tumour;

/// <summary>
/// Reappearance after CR (issue 10). EORTC RECIST FAQ "Does a new lesion always result in PD?": after a CR
/// definitively assigned (confirmed) at the previous assessment, "the reappearance of any malignant lesion results
/// in PD"; "Abnormal lymph node": a target node has reappeared only at >= 10 mm short axis.
/// </summary>
public sealed class ReappearanceTests
{
    private static string NT(int day, string lesion, string status) => $"S1,{Day(day)},{lesion},nontarget,liver,no,,{status}";

    // The audit's case: target 20 mm, 0 (day 56), 0 (day 112: CR confirmed >= 28 days), then 4 mm on day 168. It was
    // called PR (4 mm is -80 % from baseline, +4 mm from the nadir of 0 is under the 5 mm floor), best response CR and
    // no progression date. Now: PD on day 168, best response CR (confirmed before), progression dated day 168.
    [Fact]
    public void Assess_TargetReappearsAfterConfirmedCr_IsProgressionWithDate()
    {
        var s = One(T(0, "L1", 20), T(56, "L1", 0), T(112, "L1", 0), T(168, "L1", 4));
        Assert.Equal(["CR", "CR", "PD"], s.Visits.Select(v => v.OverallResponse.Code()));
        Assert.Contains("reappeared after the CR confirmed since 2024-02-26", s.Visits[2].Reason);
        Assert.Equal(ResponseCategory.CompleteResponse, s.BestOverallResponse);
        Assert.Equal(new DateOnly(2024, 1, 1).AddDays(168), s.ProgressionDate);
    }

    // The FAQ recommends a confirmed CR: a single CR (day 56) then 4 mm on day 70 keeps the ordinary rules (PR) and says why.
    [Fact]
    public void Assess_TargetReappearsAfterUnconfirmedCr_KeepsOrdinaryRulesWithNote()
    {
        var s = One(T(0, "L1", 20), T(56, "L1", 0), T(70, "L1", 4));
        Assert.Equal("PR", s.Visits[1].OverallResponse.Code());
        Assert.Contains("reappeared after an unconfirmed CR", s.Visits[1].Reason);
        Assert.Null(s.ProgressionDate);
    }

    // NE between the CRs and the reappearance does not break the run: the previous evaluated assessment was CR.
    [Fact]
    public void Assess_ReappearanceAfterCrThenNotEvaluable_IsProgression()
    {
        var s = One(T(0, "L1", 20), T(0, "L2", 10), T(56, "L1", 0), T(56, "L2", 0), T(112, "L1", 0), T(112, "L2", 0), T(140, "L1", 0), T(196, "L1", 0), T(196, "L2", 3));
        Assert.Equal(["CR", "CR", "NE", "PD"], s.Visits.Select(v => v.OverallResponse.Code()));
    }

    // Target node: CR means every node < 10 mm (RECIST 1.1 §4.3.1); after CR it reappears at 10 mm, not at 9 mm.
    [Theory]
    [InlineData(9, "CR")]
    [InlineData(10, "PD")]
    public void Assess_TargetNodeAfterCr_ReappearsAtTenMillimetres(decimal mm, string expected)
    {
        var s = One(T(0, "N1", 20, "lymph node", node: true), T(56, "N1", 8, "lymph node", node: true), T(112, "N1", 8, "lymph node", node: true), T(168, "N1", mm, "lymph node", node: true));
        Assert.Equal(expected, s.Visits[2].OverallResponse.Code());
    }

    // Non-target lesion absent at the confirmed CR, present again: PD (it was non-CR/non-PD, i.e. PR overall).
    [Fact]
    public void Assess_NonTargetReappearsAfterConfirmedCr_IsProgression()
    {
        var s = One(T(0, "L1", 20), NT(0, "NT1", "present"), T(56, "L1", 0), NT(56, "NT1", "absent"), T(112, "L1", 0), NT(112, "NT1", "absent"), T(168, "L1", 0), NT(168, "NT1", "present"));
        Assert.Equal(["CR", "CR", "PD"], s.Visits.Select(v => v.OverallResponse.Code()));
        Assert.Equal(new DateOnly(2024, 1, 1).AddDays(168), s.ProgressionDate);
    }

    // RANO 2010 Table 2: PD is >= 25 % over the smallest sum of products; from a nadir of 0 any reappearing enhancing
    // lesion is PD (already so; kept as a regression test for the RANO equivalent).
    [Fact]
    public void Assess_RanoEnhancingLesionReappearsAfterCr_IsProgression()
    {
        static string R(int day, decimal d1, decimal d2) => FormattableString.Invariant($"S1,{Day(day)},L1,target,brain,no,{d1},,{d2},0,stable");
        var s = Lesions.Assess(ResponseCriteria.Rano, R(0, 20, 20), R(56, 0, 0), R(112, 0, 0), R(168, 2, 2)).Single();
        Assert.Equal(["CR", "CR", "PD"], s.Visits.Select(v => v.OverallResponse.Code()));
    }
}
