using Trek.Assessment.Tumour;
using static Trek.Assessment.Tests.Tumour.Lesions;

namespace Trek.Assessment.Tests.Tumour;

/// <summary>Non-target and new lesions and the overall-response tables (RECIST 1.1 §4.3.3-4.3.5, Tables 1-2).</summary>
public sealed class RecistLesionTests
{
    private static string NT(int day, string lesion, string status, string subject = "S1") => $"{subject},{Day(day)},{lesion},nontarget,liver,no,,{status}";

    private static string New(int day, string lesion, string status = "present") => $"S1,{Day(day)},{lesion},new,bone,no,,{status}";

    // Table 1: target CR with non-target disease still present is PR, not CR.
    [Fact]
    public void Combine_TargetCrWithNonTargetPresent_IsPartialResponse()
    {
        var s = One(T(0, "L1", 30), NT(0, "NT1", "present"), T(56, "L1", 0), NT(56, "NT1", "present"));
        Assert.Equal(ResponseCategory.CompleteResponse, s.Visits[0].TargetResponse);
        Assert.Equal(ResponseCategory.NonCrNonPd, s.Visits[0].NonTargetResponse);
        Assert.Equal(ResponseCategory.PartialResponse, s.Visits[0].OverallResponse);
    }

    // Table 1: target CR with all non-targets absent is CR.
    [Fact]
    public void Combine_TargetCrWithNonTargetAbsent_IsCompleteResponse()
    {
        var s = One(T(0, "L1", 30), NT(0, "NT1", "present"), T(56, "L1", 0), NT(56, "NT1", "absent"));
        Assert.Equal(ResponseCategory.CompleteResponse, s.Visits[0].OverallResponse);
    }

    // §4.3.3: unequivocal progression of non-target lesions is PD even with shrinking targets.
    [Fact]
    public void Combine_NonTargetProgression_IsProgressiveDisease()
    {
        var s = One(T(0, "L1", 30), NT(0, "NT1", "present"), T(56, "L1", 15), NT(56, "NT1", "progression"));
        Assert.Equal(ResponseCategory.PartialResponse, s.Visits[0].TargetResponse);
        Assert.Equal(ResponseCategory.ProgressiveDisease, s.Visits[0].OverallResponse);
    }

    // §4.3.5: an unequivocal new lesion is PD; an equivocal one is not, and once confirmed the progression
    // is dated from the scan that first showed it.
    [Fact]
    public void Assess_EquivocalNewLesionLaterConfirmed_BackdatesProgression()
    {
        var s = One(T(0, "L1", 30), T(56, "L1", 29), New(56, "X1", "equivocal"), T(112, "L1", 29), New(112, "X1"));
        Assert.Equal(ResponseCategory.StableDisease, s.Visits[0].OverallResponse);
        Assert.Equal(ResponseCategory.ProgressiveDisease, s.Visits[1].OverallResponse);
        Assert.Equal(new DateOnly(2024, 2, 26), s.ProgressionDate);
        Assert.Equal(ResponseCategory.ProgressiveDisease, s.BestOverallResponse);
    }

    // Table 2: non-target disease only gives NON-CR/NON-PD, and that is the best response after 42 days.
    [Fact]
    public void Assess_NonTargetOnly_IsNonCrNonPd()
    {
        var s = One(NT(0, "NT1", "present"), NT(56, "NT1", "present"));
        Assert.Null(s.Visits[0].TargetResponse);
        Assert.Equal(ResponseCategory.NonCrNonPd, s.Visits[0].OverallResponse);
        Assert.Equal(ResponseCategory.NonCrNonPd, s.BestOverallResponse);
        Assert.Null(s.BestChangePct);
    }

    // Table 1: target PR with a non-target not assessed is still PR ("non-PD or not all evaluated").
    [Fact]
    public void Combine_TargetPrWithNonTargetNotAssessed_IsPartialResponse()
    {
        var s = One(T(0, "L1", 30), NT(0, "NT1", "present"), T(56, "L1", 15));
        Assert.Equal(ResponseCategory.NotEvaluable, s.Visits[0].NonTargetResponse);
        Assert.Equal(ResponseCategory.PartialResponse, s.Visits[0].OverallResponse);
    }

    // Subjects are independent; change from baseline is reported per visit; best change stops at first PD.
    [Fact]
    public void Assess_TwoSubjects_KeepsOrderAndBestChange()
    {
        var all = Assess(ResponseCriteria.Recist11,
            T(0, "L1", 40, subject: "B"), T(0, "L1", 50, subject: "A"),
            T(42, "L1", 30, subject: "B"), T(42, "L1", 60, subject: "A"),
            T(84, "L1", 10, subject: "A"));
        Assert.Equal(["B", "A"], all.Select(s => s.Subject));
        Assert.Equal(-25m, all[0].BestChangePct);
        Assert.Equal(20m, all[1].BestChangePct);
    }
}
