using Trek.Reports.Trials;

namespace Trek.Reports.Tests.Trials;

/// <summary>P-values in clinician-readable text (issue 16): "p &lt; 0.001" below 0.001, two significant digits otherwise.</summary>
public sealed class PValueTextTests
{
    [Theory]
    [InlineData(6.643e-05, "p < 0.001")]
    [InlineData(0.000999, "p < 0.001")]
    [InlineData(0.001, "p = 0.001")]
    [InlineData(0.006643, "p = 0.0066")]
    [InlineData(0.0653, "p = 0.065")]
    [InlineData(0.04999, "p = 0.05")]
    [InlineData(0.5234, "p = 0.52")]
    [InlineData(0.99, "p = 0.99")]
    [InlineData(0.996, "p > 0.99")]
    public void Format_ClinicalThresholds(double p, string expected) => Assert.Equal(expected, PValueText.Format(p));

    [Theory]
    [InlineData(1, "1 event")]
    [InlineData(0, "0 events")]
    [InlineData(2, "2 events")]
    public void Count_SingularForOne(int n, string expected) => Assert.Equal(expected, PValueText.Count(n, "event", "events"));
}
