using Trek.Trials.Survival;

namespace Trek.Trials.Tests;

/// <summary>Expected values: R survdiff (survival 3.5-3), R/km_reference.R.</summary>
public sealed class LogRankTestTests
{
    [Fact]
    public void Compute_LungBySex_MatchesRSurvdiff()
    {
        var result = LogRankTest.Compute(KaplanMeierTests.Lung("sex"));
        Assert.Equal(10.3267419548856, result.ChiSquare, 9);
        Assert.Equal(1, result.Df);
        Assert.Equal(0.00131116452035549, result.PValue, 12);
        Assert.Equal(112, result.Groups[0].Observed);
        Assert.Equal(91.58173903, result.Groups[0].Expected, 7);
        Assert.Equal(73.41826097, result.Groups[1].Expected, 7);
    }

    [Fact]
    public void Compute_LungByEcogFourGroups_MatchesRSurvdiff()
    {
        var result = LogRankTest.Compute(KaplanMeierTests.Lung("ph_ecog"));
        Assert.Equal(4, result.Groups.Count);
        Assert.Equal(21.962131682476, result.ChiSquare, 9);
        Assert.Equal(3, result.Df);
        Assert.Equal(6.64253535580017e-05, result.PValue, 12);
        Assert.Equal(0.17238534066, result.Groups[3].Expected, 10);
    }

    [Fact]
    public void Compute_Aml_MatchesRSurvdiff()
    {
        SurvivalObservation[] maintained =
        [
            new(9, true), new(13, true), new(13, false), new(18, true), new(23, true), new(28, false),
            new(31, true), new(34, true), new(45, false), new(48, true), new(161, false),
        ];
        SurvivalObservation[] non =
        [
            new(5, true), new(5, true), new(8, true), new(8, true), new(12, true), new(16, false),
            new(23, true), new(27, true), new(30, true), new(33, true), new(43, true), new(45, true),
        ];
        var result = LogRankTest.Compute([("Maintained", maintained), ("Nonmaintained", non)]);
        Assert.Equal(3.3963886989776, result.ChiSquare, 10);
        Assert.Equal(0.0653393220405051, result.PValue, 12);
        Assert.Equal(10.6893359923, result.Groups[0].Expected, 9);
    }
}
