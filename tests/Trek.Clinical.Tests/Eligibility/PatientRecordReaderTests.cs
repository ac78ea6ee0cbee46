using Trek.Clinical.Eligibility;
using Trek.Core;

namespace Trek.Clinical.Tests.Eligibility;

public sealed class PatientRecordReaderTests
{
    private static readonly DateOnly Today = new(2030, 1, 1);

    private static string Data(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", name));

    [Fact]
    public void Read_YamlAndJson_SameRecordAndEligible()
    {
        var yaml = PatientRecordReader.Read(Data("patient_eligible.yaml"), "p.yaml", Today);
        var json = PatientRecordReader.Read(Data("patient_eligible.json"), "p.json", Today);
        Assert.Equal(TrekJson.Serialize(ScoutEligibility.Evaluate(yaml)), TrekJson.Serialize(ScoutEligibility.Evaluate(json)));
        Assert.True(ScoutEligibility.Evaluate(yaml).Eligible);
        Assert.Equal(new DateOnly(2026, 11, 24), yaml.AssessmentDate);
        Assert.Equal("ETV6::NTRK3 by RNA NGS", yaml.NtrkFusionDescription);
    }

    [Fact]
    public void Read_NoAssessmentDate_UsesToday()
    {
        Assert.Equal(Today, PatientRecordReader.Read("age_years: 5", "p.yaml", Today).AssessmentDate);
    }

    [Theory]
    [InlineData("age_years: -1", "age_years = -1")]
    [InlineData("age_months: -3", "age_months = -3")]
    [InlineData("birth_date: 2031-01-01", "is after the assessment date")]
    [InlineData("birth_date: 01/02/2020", "birth_date must be a date written YYYY-MM-DD")]
    [InlineData("performance: {scale: lansky, score: 55}", "multiples of 10")]
    [InlineData("performance: {scale: lansky, score: 110}", "multiples of 10")]
    [InlineData("performance: {scale: ecog, score: 1}", "use lansky or karnofsky")]
    [InlineData("labs: {alt: {value: 30, uln: 0}}", "labs.alt")]
    [InlineData("labs: {alt: {value: -1, uln: 40}}", "labs.alt")]
    [InlineData("recovered_from_prior_therapy: maybe", "must be true or false")]
    [InlineData("- a\n- b", "must be a JSON object or YAML mapping")]
    [InlineData("{\"age_years\": ", "not valid JSON")]
    public void Read_ImpossibleOrMalformed_ThrowsNamingField(string text, string message)
    {
        var ex = Assert.Throws<InputException>(() => PatientRecordReader.Read(text, "p.yaml", Today));
        Assert.StartsWith("p.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message);
    }
}
