using Trek.Assessment.Tumour;
using Trek.Core;
using static Trek.Assessment.Tests.Tumour.Lesions;

namespace Trek.Assessment.Tests.Tumour;

/// <summary>RANO 2010 (Wen et al., J Clin Oncol 2010;28:1963-1972, Table 2) and RANO 2.0 (Wen et al., J Clin Oncol 2023).</summary>
public sealed class RanoTests
{
    private static string R(int day, string lesion, decimal d1, decimal d2, decimal steroid, string clinical = "stable") =>
        FormattableString.Invariant($"S1,{Day(day)},{lesion},target,brain,no,{d1},,{d2},{steroid},{clinical}");

    // Baseline: 20 x 20 + 10 x 10 = 500 mm². PR needs the sum of products to fall by >= 50 % (<= 250)
    // with "stable or reduced corticosteroids" compared with baseline (4 mg).
    [Theory]
    [InlineData(15, 4, "PR")] // 150 + 100 = 250 = -50 %, steroids equal
    [InlineData(15, 2, "PR")] // steroids reduced
    [InlineData(15.1, 4, "SD")] // 251 mm² = -49.8 %
    [InlineData(15, 8, "NE")] // -50 % but steroids doubled: neither PR/SD nor PD
    public void Assess_SumOfProductsHalvedNeedsStableSteroids(decimal d1, decimal steroid, string expected)
    {
        var s = Lesions.Assess(ResponseCriteria.Rano, R(0, "L1", 20, 20, 4), R(0, "L2", 10, 10, 4), R(56, "L1", d1, 10, steroid), R(56, "L2", 10, 10, steroid)).Single();
        Assert.Equal(500m, s.BaselineSum);
        Assert.Equal(d1 * 10 + 100, s.Visits[0].TargetSum);
        Assert.Equal(expected, s.Visits[0].OverallResponse.Code());
    }

    // RANO 2010 Table 2: PD = >= 25 % increase in the sum of products over the smallest sum.
    [Theory]
    [InlineData(25, "PD")] // 625 = +25 %
    [InlineData(24.9, "SD")]
    public void Assess_TwentyFivePercentIncrease_IsProgression(decimal d1, string expected)
    {
        var s = Lesions.Assess(ResponseCriteria.Rano, R(0, "L1", 20, 25, 0), R(56, "L1", d1, 25, 0)).Single();
        Assert.Equal(expected, s.Visits[0].OverallResponse.Code());
    }

    // RANO 2010 Table 2: CR needs no corticosteroids (physiologic replacement excepted): on 2 mg it is PR.
    [Theory]
    [InlineData(0, "CR")]
    [InlineData(2, "PR")]
    public void Assess_ImagingCompleteResponseOnSteroids_IsPartialResponse(decimal steroid, string expected)
    {
        var s = Lesions.Assess(ResponseCriteria.Rano, R(0, "L1", 20, 20, 4), R(56, "L1", 0, 0, steroid)).Single();
        Assert.Equal(expected, s.Visits[0].OverallResponse.Code());
    }

    // RANO 2010 Table 2: clinical deterioration alone is PD.
    [Fact]
    public void Assess_ClinicalDeterioration_IsProgression()
    {
        var s = Lesions.Assess(ResponseCriteria.Rano, R(0, "L1", 20, 20, 4), R(56, "L1", 20, 20, 4, "worse")).Single();
        Assert.Equal(ResponseCategory.ProgressiveDisease, s.Visits[0].OverallResponse);
    }

    // Confirmation at >= 4 weeks applies to RANO too: two PRs 28 days apart give BOR PR.
    [Fact]
    public void Assess_RanoConfirmedPr_IsBestResponsePr()
    {
        var s = Lesions.Assess(ResponseCriteria.Rano, R(0, "L1", 20, 20, 4), R(56, "L1", 10, 10, 4), R(84, "L1", 10, 10, 2)).Single();
        Assert.Equal(ResponseCategory.PartialResponse, s.BestOverallResponse);
        Assert.Equal("mm2", s.SumUnit);
        // Issue 16: a RANO reason cites RANO (Wen 2010, Table 2: PR sustained for at least 4 weeks), not RECIST 1.1 §4.6.1.
        Assert.EndsWith(">= 28 days later (RANO 2010 Table 2: sustained >= 4 weeks)", s.BestOverallResponseReason);
    }

    // Every RANO reason, visit and best response, on confirmation, PD by growth, a new lesion and NE: no RECIST section
    // cited as if it were RANO's (only rules RANO does not state are named "RECIST ... rule, applied to RANO ...").
    [Theory]
    [InlineData(ResponseCriteria.Rano, "RANO 2010 Table 2")]
    [InlineData(ResponseCriteria.Rano2, "RANO 2.0")]
    public void Assess_RanoReasons_CiteRano(ResponseCriteria criteria, string source)
    {
        var subjects = Lesions.Assess(criteria,
            R(0, "L1", 20, 20, 4), R(56, "L1", 10, 10, 4), R(84, "L1", 10, 10, 2),
            FormattableString.Invariant($"S2,{Day(0)},L1,target,brain,no,20,,20,4,stable"), FormattableString.Invariant($"S2,{Day(56)},L1,target,brain,no,25,,25,4,stable"),
            FormattableString.Invariant($"S3,{Day(0)},L1,target,brain,no,20,,20,4,stable"), FormattableString.Invariant($"S3,{Day(56)},N1,new,brain,no,,present,,4,stable"),
            FormattableString.Invariant($"S4,{Day(0)},L1,target,brain,no,20,,20,4,stable"));
        var reasons = subjects.SelectMany(s => s.Visits.Select(v => v.Reason).Append(s.BestOverallResponseReason)).ToList();
        Assert.All(reasons, r => Assert.DoesNotMatch(@"\(RECIST 1\.1[^)]*\)(?<!applied to RANO[^)]*\))", r));
        Assert.Contains(reasons, r => r.Contains($"({source}", StringComparison.Ordinal));
        Assert.Equal(["PR", "PD", "PD", "NE"], subjects.Select(s => s.BestOverallResponse.Code()));
        Assert.Contains($"new lesion ({source}", subjects[2].Visits[0].Reason);
        Assert.EndsWith($"no qualifying assessment: NE ({(criteria == ResponseCriteria.Rano ? "RANO 2010 Table 2" : "RANO 2.0")})", subjects[3].BestOverallResponseReason);
    }

    // Measurable = both perpendicular diameters >= 10 mm (RANO 2010).
    [Fact]
    public void Assess_RanoTargetUnderTenMillimetres_Throws()
    {
        var ex = Assert.Throws<InputException>(() => Lesions.Assess(ResponseCriteria.Rano, R(0, "L1", 20, 9, 4)));
        Assert.Contains("two perpendicular diameters each >= 10 mm", ex.Message);
    }

    // Four targets: allowed by RANO 2010 (at most 5), refused by RANO 2.0 (at most 3).
    [Theory]
    [InlineData(ResponseCriteria.Rano, true)]
    [InlineData(ResponseCriteria.Rano2, false)]
    public void Assess_FourTargets_DependsOnRanoVersion(ResponseCriteria criteria, bool accepted)
    {
        string[] rows = [R(0, "L1", 12, 12, 0), R(0, "L2", 12, 12, 0), R(0, "L3", 12, 12, 0), R(0, "L4", 12, 12, 0)];
        if (accepted)
        {
            Assert.Equal(576m, Lesions.Assess(criteria, rows).Single().BaselineSum);
        }
        else
        {
            Assert.Contains("RANO 2.0 allows at most 3", Assert.Throws<InputException>(() => Lesions.Assess(criteria, rows)).Message);
        }
    }

    [Fact]
    public void Assess_RanoWithoutBaselineSteroidDose_Throws()
    {
        var ex = Assert.Throws<InputException>(() => Lesions.Assess(ResponseCriteria.Rano, "S1,2024-01-01,L1,target,brain,no,20,,20,,stable"));
        Assert.Contains("steroid_dose_mg is empty at baseline", ex.Message);
    }
}
