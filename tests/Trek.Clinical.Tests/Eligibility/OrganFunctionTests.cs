using Trek.Clinical.Eligibility;
using static Trek.Clinical.Tests.Eligibility.EligibilityTestRecords;

namespace Trek.Clinical.Tests.Eligibility;

public sealed class OrganFunctionTests
{
    // Trek's operational definition of "adequate organ function" (Laetsch 2018): CTCAE v5.0 grade 1 upper bounds,
    // bilirubin and creatinine 1.5 x ULN, ALT and AST 3.0 x ULN. Edges: at the bound met, just above not met.
    [Theory]
    [InlineData("total_bilirubin", 1.5, 1.0, CriterionStatus.Met)]
    [InlineData("total_bilirubin", 1.51, 1.0, CriterionStatus.NotMet)]
    [InlineData("alt", 120, 40, CriterionStatus.Met)]
    [InlineData("alt", 120.1, 40, CriterionStatus.NotMet)]
    [InlineData("ast", 150, 50, CriterionStatus.Met)]
    [InlineData("ast", 150.5, 50, CriterionStatus.NotMet)]
    [InlineData("creatinine", 0.75, 0.5, CriterionStatus.Met)]
    [InlineData("creatinine", 0.76, 0.5, CriterionStatus.NotMet)]
    public void Evaluate_LabAtCtcaeGrade1Bound(string key, double value, double uln, CriterionStatus expected)
    {
        var labs = new Dictionary<string, LabValue>(Eligible().Labs) { [key] = new(value, uln) };
        var c = Criterion(Eligible() with { Labs = labs }, $"organ_function_{key}");
        Assert.Equal(expected, c.Status);
        Assert.Contains("ULN", c.DecidingValue);
    }

    [Fact]
    public void Evaluate_LabWithoutUln_UnknownNamingUln()
    {
        var labs = new Dictionary<string, LabValue>(Eligible().Labs) { ["alt"] = new(30, null) };
        var c = Criterion(Eligible() with { Labs = labs }, "organ_function_alt");
        Assert.Equal(CriterionStatus.Unknown, c.Status);
        Assert.Equal("labs.alt.uln", c.Missing);
    }

    [Fact]
    public void Evaluate_LabAbsent_UnknownNamingValueAndUln()
    {
        var labs = new Dictionary<string, LabValue>(Eligible().Labs);
        labs.Remove("creatinine");
        var c = Criterion(Eligible() with { Labs = labs }, "organ_function_creatinine");
        Assert.Equal(CriterionStatus.Unknown, c.Status);
        Assert.Equal("labs.creatinine.value and labs.creatinine.uln", c.Missing);
    }
}
