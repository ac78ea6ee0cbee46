using Trek.Clinical.Eligibility;
using static Trek.Clinical.Tests.Eligibility.EligibilityTestRecords;

namespace Trek.Clinical.Tests.Eligibility;

public sealed class ScoutEligibilityTests
{
    [Fact]
    public void Evaluate_AllCriteriaMet_Eligible()
    {
        var report = ScoutEligibility.Evaluate(Eligible());
        Assert.True(report.Eligible);
        Assert.Equal("eligible", report.Verdict);
        Assert.Equal(10, report.Criteria.Count);
        Assert.Empty(report.Missing);
    }

    // Laetsch 2018 (Lancet Oncol): aged 1 month to 21 years (criteria set laetsch_2018). Trek: >= 1 completed month and < 22nd birthday.
    [Theory]
    [InlineData("2026-10-25", CriterionStatus.NotMet)]   // 0 completed months (one day short)
    [InlineData("2026-10-24", CriterionStatus.Met)]      // exactly 1 month
    [InlineData("2004-11-25", CriterionStatus.Met)]      // 21 y 11 mo (22nd birthday tomorrow)
    [InlineData("2004-11-24", CriterionStatus.NotMet)]   // 22nd birthday today
    public void Evaluate_AgeEdge_MetOrNot(string birth, CriterionStatus status)
    {
        var record = Eligible() with { BirthDate = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), PerformanceScale = null };
        Assert.Equal(status, ScoutEligibility.Evaluate(record, EligibilityCriteriaSet.Laetsch2018).Criteria.Single(c => c.Id == "age").Status);
    }

    [Fact]
    public void Evaluate_AgeMissing_UnknownNamingField()
    {
        var c = Criterion(Eligible() with { BirthDate = null }, "age");
        Assert.Equal(CriterionStatus.Unknown, c.Status);
        Assert.Contains("birth_date", c.Missing);
    }

    [Theory]
    [InlineData(0.0, CriterionStatus.Unknown)]   // "0 years" without months: cannot tell >= 1 month
    [InlineData(0.05, CriterionStatus.Unknown)]  // floor(0.6) = 0 completed months: still cannot tell
    [InlineData(0.09, CriterionStatus.Met)]      // floor(1.08) = 1 completed month
    [InlineData(21.0, CriterionStatus.Met)]
    [InlineData(22.0, CriterionStatus.NotMet)]
    public void Evaluate_AgeYearsOnly_Edges(double years, CriterionStatus status)
    {
        Assert.Equal(status, ScoutEligibility.Evaluate(Eligible() with { BirthDate = null, AgeYears = years }, EligibilityCriteriaSet.Laetsch2018).Criteria.Single(c => c.Id == "age").Status);   // the 1-month floor is the laetsch_2018 set
    }

    // Laetsch 2018: Lansky < 16 years, Karnofsky >= 16 years, score >= 50 (Lansky 1987; Karnofsky 1949 scales).
    [Theory]
    [InlineData("2010-11-25", "lansky", 50, CriterionStatus.Met)]       // 15 y 11 mo: Lansky
    [InlineData("2010-11-25", "lansky", 40, CriterionStatus.NotMet)]
    [InlineData("2010-11-25", "karnofsky", 90, CriterionStatus.Unknown)] // wrong scale for age
    [InlineData("2010-11-24", "karnofsky", 50, CriterionStatus.Met)]    // 16 y 0 mo: Karnofsky
    [InlineData("2010-11-24", "karnofsky", 40, CriterionStatus.NotMet)]
    [InlineData("2010-11-24", "lansky", 90, CriterionStatus.Unknown)]
    public void Evaluate_PerformanceScaleAndScoreEdge(string birth, string scale, int score, CriterionStatus status)
    {
        var record = Eligible() with { BirthDate = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), PerformanceScale = scale, PerformanceScore = score };
        var c = Criterion(record, "performance_status");
        Assert.Equal(status, c.Status);
        if (status == CriterionStatus.Unknown)
        {
            Assert.Contains("score", c.Missing);
        }
    }

    // Laetsch 2018: locally advanced or metastatic, relapsed/progressed/non-responsive; IFS amendment (12 Sept 2016).
    [Theory]
    [InlineData(new[] { "metastatic", "relapsed" }, null, CriterionStatus.Met)]
    [InlineData(new[] { "locally_advanced", "refractory" }, null, CriterionStatus.Met)]
    [InlineData(new[] { "metastatic" }, null, CriterionStatus.Unknown)]
    [InlineData(new[] { "relapsed" }, null, CriterionStatus.Unknown)]
    [InlineData(new[] { "newly_diagnosed", "metastatic" }, null, CriterionStatus.NotMet)]
    [InlineData(new[] { "localised", "relapsed" }, null, CriterionStatus.NotMet)]
    [InlineData(new[] { "locally_advanced" }, true, CriterionStatus.Met)]   // IFS needing disfiguring surgery
    [InlineData(new[] { "locally_advanced" }, false, CriterionStatus.Unknown)]
    public void Evaluate_DiseaseStatus(string[] status, bool? disfiguring, CriterionStatus expected)
    {
        var record = Eligible() with { DiseaseStatus = status, DisfiguringSurgeryRequired = disfiguring };
        Assert.Equal(expected, Criterion(record, "disease_status").Status);
    }

    [Theory]
    [InlineData("solid", CriterionStatus.Met)]
    [InlineData("cns", CriterionStatus.Met)]
    [InlineData("haematological", CriterionStatus.NotMet)]
    [InlineData(null, CriterionStatus.Unknown)]
    public void Evaluate_TumourCategory(string? category, CriterionStatus expected)
    {
        Assert.Equal(expected, Criterion(Eligible() with { TumourCategory = category }, "tumour_type").Status);
    }

    // ClinicalTrials.gov NCT02637687: documented NTRK fusion, or ETV6 rearrangement for IFS/CMN/secretory breast.
    [Theory]
    [InlineData("infantile fibrosarcoma", true, null, CriterionStatus.Met)]
    [InlineData("infantile fibrosarcoma", false, null, CriterionStatus.NotMet)]
    [InlineData("infantile fibrosarcoma", null, true, CriterionStatus.Met)]
    [InlineData("congenital mesoblastic nephroma", null, true, CriterionStatus.Met)]
    [InlineData("glioma", null, true, CriterionStatus.Unknown)]
    [InlineData("glioma", null, null, CriterionStatus.Unknown)]
    public void Evaluate_Fusion(string diagnosis, bool? documented, bool? etv6, CriterionStatus expected)
    {
        var record = Eligible() with { Diagnosis = diagnosis, NtrkFusionDocumented = documented, Etv6RearrangementDocumented = etv6 };
        Assert.Equal(expected, Criterion(record, "ntrk_fusion").Status);
    }

    // Laetsch 2018: full recovery from acute toxic effects of previous therapy.
    [Theory]
    [InlineData(true, CriterionStatus.Met)]
    [InlineData(false, CriterionStatus.NotMet)]
    [InlineData(null, CriterionStatus.Unknown)]
    public void Evaluate_PriorTherapyRecovery(bool? recovered, CriterionStatus expected)
    {
        Assert.Equal(expected, Criterion(Eligible() with { RecoveredFromPriorTherapy = recovered }, "recovered_from_prior_therapy").Status);
    }

    [Fact]
    public void Evaluate_NoPriorTherapy_Met()
    {
        Assert.Equal(CriterionStatus.Met, Criterion(Eligible() with { PriorTherapies = [], RecoveredFromPriorTherapy = null }, "recovered_from_prior_therapy").Status);
    }

    [Fact]
    public void Evaluate_OneUnknown_NotEligibleAndSaysWhatIsMissing()
    {
        var report = ScoutEligibility.Evaluate(Eligible() with { PerformanceScore = null });
        Assert.False(report.Eligible);
        Assert.Equal("not_eligible", report.Verdict);
        Assert.Empty(report.NotMet);
        Assert.Equal(["performance_status: performance.scale and performance.score"], report.Missing);
    }

    [Fact]
    public void Evaluate_PriorTrkInhibitor_Noted()
    {
        var report = ScoutEligibility.Evaluate(Eligible() with { PriorTherapies = ["larotrectinib"] });
        Assert.Single(report.Notes);
    }
}
