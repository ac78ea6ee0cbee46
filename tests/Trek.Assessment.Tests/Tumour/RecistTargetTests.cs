using Trek.Assessment.Tumour;
using static Trek.Assessment.Tests.Tumour.Lesions;

namespace Trek.Assessment.Tests.Tumour;

/// <summary>Target-lesion thresholds of RECIST 1.1 (Eisenhauer et al., Eur J Cancer 2009;45:228-247).</summary>
public sealed class RecistTargetTests
{
    // RECIST 1.1 §4.3.1: PR = "at least a 30% decrease in the sum of diameters of target lesions, taking as
    // reference the baseline sum". Baseline 60 + 40 = 100 mm; exactly 70 mm is -30 % and therefore PR.
    [Theory]
    [InlineData(42, 28, "PR")]
    [InlineData(41.9, 28, "PR")]
    [InlineData(42.1, 28, "SD")]
    public void Assess_SumAtExactlyMinus30Percent_IsPartialResponse(decimal a, decimal b, string expected)
    {
        var s = One(T(0, "L1", 60), T(0, "L2", 40), T(56, "L1", a), T(56, "L2", b));
        Assert.Equal(expected, s.Visits[0].TargetResponse.Code());
        Assert.Equal(a + b, s.Visits[0].TargetSum);
    }

    // Same rule with a baseline whose 70 % is not a round binary number: 0.7 x 73 = 51.1 exactly in decimal.
    [Fact]
    public void Assess_Minus30PercentOfNonRoundBaseline_IsPartialResponseWithoutRoundingError()
    {
        var s = One(T(0, "L1", 73), T(56, "L1", 51.1m));
        Assert.Equal(ResponseCategory.PartialResponse, s.Visits[0].TargetResponse);
        Assert.Equal(-30m, s.Visits[0].ChangeFromBaselinePct);
    }

    // RECIST 1.1 §4.3.1: PD = ">= 20% increase in the sum ... taking as reference the smallest sum on study
    // ... In addition ... an absolute increase of at least 5 mm". Nadir 20 mm: 24 mm is +20 % but only
    // +4 mm (not PD); 25 mm is +25 % and +5 mm (PD).
    [Theory]
    [InlineData(24, "SD")]
    [InlineData(25, "PD")]
    public void Assess_TwentyPercentAboveNadirNeedsFiveMillimetres(decimal mm, string expected)
    {
        var s = One(T(0, "L1", 30), T(42, "L1", 20), T(84, "L1", mm));
        var visit = s.Visits[1];
        Assert.Equal(20m, visit.NadirSum);
        Assert.Equal(mm - 20m, visit.ChangeFromNadirAbsolute);
        Assert.Equal(expected, visit.TargetResponse.Code());
        Assert.Equal(expected, visit.OverallResponse.Code());
    }

    // RECIST 1.1 §4.3.1: +5 mm is not enough without +20 %: nadir 40 -> 45 is +12.5 %, SD; 48 is +20 %, PD.
    [Theory]
    [InlineData(45, "SD")]
    [InlineData(47.9, "SD")]
    [InlineData(48, "PD")]
    public void Assess_FiveMillimetresAboveNadirNeedsTwentyPercent(decimal mm, string expected)
    {
        var s = One(T(0, "L1", 50), T(42, "L1", 40), T(84, "L1", mm));
        Assert.Equal(expected, s.Visits[1].TargetResponse.Code());
    }

    // RECIST 1.1 §4.3.1 (CR: "any pathological lymph nodes must have reduction in short axis to <10 mm") and
    // §4.3.2 (nodes keep their short axis in the sum, "the sum of lesions may not be zero even if complete
    // response criteria are met"). Node 20 -> 8 mm, lung 15 -> 0 mm: CR with sum 8; a 10 mm node is not CR.
    [Theory]
    [InlineData(8, "CR")]
    [InlineData(9.9, "CR")]
    [InlineData(10, "PR")]
    public void Assess_NodeBelowTenMillimetresWithOtherTargetsGone_IsCompleteResponseDespiteNonZeroSum(decimal node, string expected)
    {
        var s = One(T(0, "N1", 20, "lymph node", node: true), T(0, "L1", 15), T(56, "N1", node, "lymph node", node: true), T(56, "L1", 0));
        Assert.Equal(node, s.Visits[0].TargetSum);
        Assert.Equal(expected, s.Visits[0].TargetResponse.Code());
        Assert.Equal(expected, s.Visits[0].OverallResponse.Code());
    }

    // RECIST 1.1 §4.4.2: a target lesion not measured makes the time point NE ...
    [Fact]
    public void Assess_TargetLesionMissing_IsNotEvaluableWithReason()
    {
        var s = One(T(0, "L1", 30), T(0, "L2", 20), T(56, "L1", 25));
        Assert.Equal(ResponseCategory.NotEvaluable, s.Visits[0].OverallResponse);
        Assert.Null(s.Visits[0].TargetSum);
        Assert.Contains("L2 not measured", s.Visits[0].Reason);
    }

    // ... unless the measured lesions alone already show PD (§4.4.2: the missing lesions could only add).
    // Baseline/nadir 50; L1 alone is 61 mm = +22 %, +11 mm.
    [Fact]
    public void Assess_TargetLesionMissingButMeasuredOnesProgress_IsProgressiveDisease()
    {
        var s = One(T(0, "L1", 30), T(0, "L2", 20), T(56, "L1", 61));
        Assert.Equal(ResponseCategory.ProgressiveDisease, s.Visits[0].OverallResponse);
    }
}
