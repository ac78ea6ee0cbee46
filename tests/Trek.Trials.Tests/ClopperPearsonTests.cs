using Trek.Core;
using Trek.Trials.Statistics;

namespace Trek.Trials.Tests;

public sealed class ClopperPearsonTests
{
    // Expected values: R 4.2 binom.test(x, n)$conf.int, script R/binom_reference.R (printed with 15 digits).
    [Theory]
    [InlineData(78, 93, 0.747965737448920, 0.906821820069959)]
    [InlineData(14, 38, 0.218125035096152, 0.540057214075562)]
    [InlineData(28, 38, 0.568991756297761, 0.865966276975026)]
    [InlineData(0, 10, 0.0, 0.308497107818761)]
    [InlineData(10, 10, 0.691502892181239, 1.0)]
    [InlineData(1, 1, 0.025, 1.0)]
    [InlineData(0, 1, 0.0, 0.975)]
    [InlineData(1, 2, 0.012579117093425, 0.987420882906575)]
    [InlineData(5, 20, 0.086571469101435, 0.491045871707958)]
    [InlineData(500, 1000, 0.468549172971792, 0.531450827028208)]
    [InlineData(1, 1000, 0.000025317487491, 0.005558924279827)]
    public void Estimate_MatchesRBinomTest_ToTwelveDecimals(int x, int n, double lower, double upper)
    {
        var e = ClopperPearson.Estimate(x, n);
        Assert.Equal((double)x / n, e.Estimate, 15);
        Assert.Equal(lower, e.CiLower, 12);
        Assert.Equal(upper, e.CiUpper, 12);
    }

    // The seed's Table 1 figures as printed (rounded percent): 84% (75-91), 37% (22-54), 74% (57-87).
    [Theory]
    [InlineData(78, 93, 84, 75, 91)]
    [InlineData(14, 38, 37, 22, 54)]
    [InlineData(28, 38, 74, 57, 87)]
    public void Estimate_SeedFigures_RoundToPublishedPercent(int x, int n, int pct, int lo, int hi)
    {
        var e = ClopperPearson.Estimate(x, n);
        Assert.Equal(pct, (int)Math.Round(e.Estimate * 100));
        Assert.Equal(lo, (int)Math.Round(e.CiLower * 100));
        Assert.Equal(hi, (int)Math.Round(e.CiUpper * 100));
    }

    [Fact]
    public void Estimate_NinetyPercentLevel_MatchesR()
    {
        // R: binom.test(14, 38, conf.level = 0.90)$conf.int
        var e = ClopperPearson.Estimate(14, 38, 0.90);
        Assert.Equal(0.238316819645782, e.CiLower, 12);
        Assert.Equal(0.514663110000056, e.CiUpper, 12);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(0, 0)]
    public void Estimate_ImpossibleCounts_Throws(int x, int n) =>
        Assert.Throws<InputException>(() => ClopperPearson.Estimate(x, n));
}
