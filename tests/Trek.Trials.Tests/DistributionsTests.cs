using Trek.Trials.Statistics;

namespace Trek.Trials.Tests;

public sealed class DistributionsTests
{
    // R: qnorm(c(0.975, 0.5, 0.001, 1e-10))
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    public void NormalQuantile_MatchesRQnorm(double p, double expected) =>
        Assert.Equal(expected, Distributions.NormalQuantile(p), 12);

    // R: pchisq(x, df, lower.tail = FALSE)
    [Theory]
    [InlineData(3.84145882069412, 1, 0.05)]
    [InlineData(10.3267419548856, 1, 0.00131116452035549)]
    [InlineData(21.962131682476, 3, 6.64253535580017e-05)]
    [InlineData(0.5, 4, 0.973500978839256)]
    public void ChiSquareUpperTail_MatchesRPchisq(double x, int df, double expected) =>
        Assert.Equal(expected, Distributions.ChiSquareUpperTail(x, df), 12);

    // R: pbeta(0.3, 3, 2) = 0.0837; qbeta(0.025, 78, 16)
    [Fact]
    public void BetaCdfAndQuantile_MatchR()
    {
        Assert.Equal(0.0837, Distributions.BetaCdf(0.3, 3, 2), 14);
        Assert.Equal(0.747965737448920, Distributions.BetaQuantile(0.025, 78, 16), 12);
    }
}
