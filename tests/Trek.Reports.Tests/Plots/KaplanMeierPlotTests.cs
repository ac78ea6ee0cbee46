using System.Text.RegularExpressions;
using Trek.Reports.Plots;
using Trek.Trials.Survival;

namespace Trek.Reports.Tests.Plots;

public sealed class KaplanMeierPlotTests
{
    // R: summary(survfit(Surv(time, status) ~ sex, lung), times = seq(0, 1000, 200), extend = TRUE)$n.risk (tests/Trek.Trials.Tests/R/km_reference.R).
    [Theory]
    [InlineData(0, new[] { 138, 78, 31, 13, 6, 2 })]
    [InlineData(1, new[] { 90, 66, 26, 11, 2, 0 })]
    public void AtRisk_LungBySex_MatchesRSummaryNRisk(int group, int[] expected)
    {
        var fit = KaplanMeier.Fit(Lung("sex")[group].Observations);
        Assert.Equal(expected, new[] { 0, 200, 400, 600, 800, 1000 }.Select(t => KaplanMeierPlot.AtRisk(fit, t)));
    }

    [Fact]
    public void Render_AmlMaintained_MarksEveryCensoringTime()
    {
        SurvivalObservation[] maintained =
        [
            new(9, true), new(13, true), new(13, false), new(18, true), new(23, true), new(28, false),
            new(31, true), new(34, true), new(45, false), new(48, true), new(161, false),
        ];
        var svg = KaplanMeierPlot.Render([("Maintained", KaplanMeier.Fit(maintained))], "Weeks", "aml");
        // Four censoring times (13, 28, 45, 161), each a vertical tick of stroke-width 1.5.
        Assert.Equal(4, Regex.Matches(svg, "stroke-width=\"1.5\"").Count);
        Assert.Contains("Maintained (n=11, median 31)", svg);
        Assert.EndsWith("</svg>\n", svg);
    }

    /// <summary>R's survival::lung (tests/Trek.Trials.Tests/Data/lung.csv), one group per value of <paramref name="group"/>.</summary>
    internal static IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> Lung(string group)
    {
        var path = PlotData.Trials("lung.csv");
        using var stream = File.OpenRead(path);
        return SurvivalCsv.Read(stream, path, ',', "time", "status", group);
    }
}
