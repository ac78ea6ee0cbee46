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
        Assert.Equal(4, Regex.Matches(svg, "class=\"censor\"").Count);
        // R print(survfit): n 11, events 7, median 31, 0.95LCL 18, 0.95UCL NA (tests/Trek.Trials.Tests/R/km_reference.R).
        Assert.Contains(">n = 11, 7 events, median 31 (95% CI 18-NR)</text>", svg);
        Assert.Contains(">Maintained</text>", svg);
        Assert.EndsWith("</svg>\n", svg);
    }

    // R survival 3.5-3, summary(survfit(Surv(time, status) ~ 1, aml[aml$x == "Maintained", ])) (conf.type "log"):
    // at 31 the band is 0.2548599511993173-0.945584955200429 (the same values KaplanMeierTests checks for the fit).
    [Fact]
    public void Band_AmlMaintained_StepsThroughRsLogBand()
    {
        var fit = KaplanMeier.Fit(Maintained);
        var at31 = KaplanMeierPlot.BandSegments(fit).Single(s => s.Start == 31);
        Assert.Equal(34.0, at31.End);
        Assert.Equal(0.2548599511993173, at31.Lower!.Value, 13);
        Assert.Equal(0.945584955200429, at31.Upper!.Value, 13);

        // The drawn polygon: plot area from y = 64 (S = 1) to y = 364 (S = 0); every vertex maps back to a band value.
        var svg = KaplanMeierPlot.Render([("Maintained", fit)], "Weeks", "aml");
        var d = Regex.Match(svg, "class=\"ci-band\"[^>]* d=\"([^\"]+)\"").Groups[1].Value;
        var levels = Regex.Matches(d, @"[ML](-?[\d.]+),(-?[\d.]+)").Select(m => (364 - double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) / 300).ToArray();
        Assert.Contains(levels, v => Math.Abs(v - 0.2548599511993173) < 0.0001);
        Assert.Contains(levels, v => Math.Abs(v - 0.945584955200429) < 0.0001);
        Assert.All(levels, v => Assert.InRange(v, 0.0359 - 0.0001, 1.0001)); // R's lowest lower limit is 0.0359 (time 48)
    }

    [Fact]
    public void Band_LogLog_NoBandWhileSurvivalIsOne()
    {
        // R: log-log limits are NA where S = 1 (before the first event), so the band starts at time 9.
        var segments = KaplanMeierPlot.BandSegments(KaplanMeier.Fit(Maintained, ConfidenceType.LogLog));
        Assert.Null(segments[0].Lower);
        Assert.NotNull(segments.Single(s => s.Start == 9).Lower);
    }

    // R survdiff(Surv(time, status) ~ sex, lung): chisq 10.3267, 1 df, p = 0.00131 (LogRankTestTests).
    [Fact]
    public void Render_LungBySexWithLogRank_ShowsChiSquareAndP()
    {
        var groups = Lung("sex");
        var svg = KaplanMeierPlot.Render(groups.Select(g => (g.Group, KaplanMeier.Fit(g.Observations))).ToArray(), "Days", "lung", LogRankTest.Compute(groups));
        Assert.Contains(">Log-rank test: chi-square 10.33 on 1 df, p = 0.0013</text>", svg);
        Assert.Equal(2, Regex.Matches(svg, "class=\"ci-band\"").Count);
        // Days up to 1022: steps 1, 7, ... 182 is the first giving at most 6 intervals: 0, 182, ... 1092.
        Assert.Equal(["0", "182", "364", "546", "728", "910", "1092"], Regex.Matches(svg, "class=\"x-tick\">([^<]+)<").Select(m => m.Groups[1].Value));
    }

    [Theory]
    [InlineData(24, TimeUnit.Months, 6)]
    [InlineData(23.5, TimeUnit.Months, 6)]
    [InlineData(36, TimeUnit.Months, 6)]
    [InlineData(37, TimeUnit.Months, 12)]
    [InlineData(12, TimeUnit.Months, 3)]
    [InlineData(5, TimeUnit.Months, 1)]
    [InlineData(64, TimeUnit.Weeks, 12)]
    [InlineData(48, TimeUnit.Weeks, 8)]
    [InlineData(1000, TimeUnit.Days, 182)]
    [InlineData(5, TimeUnit.Years, 1)]
    [InlineData(1000, TimeUnit.Unknown, 200)] // Heckbert: 1000 / 6 = 167 -> 10^2; 1 x 100 gives 10 intervals, 2 x 100 gives 5
    [InlineData(7.3, TimeUnit.Unknown, 2)]
    public void Step_ClinicalUnits_SmallestStepWithAtMostSixIntervals(double max, TimeUnit unit, double expected) =>
        Assert.Equal(expected, TimeTicks.Step(max, unit));

    [Theory]
    [InlineData("Months", TimeUnit.Months)]
    [InlineData("weeks from first dose", TimeUnit.Weeks)]
    [InlineData("OS (days)", TimeUnit.Days)]
    [InlineData("Time", TimeUnit.Unknown)]
    public void UnitOf_Label_NamedUnit(string label, TimeUnit unit) => Assert.Equal(unit, TimeTicks.UnitOf(label));

    private static readonly SurvivalObservation[] Maintained =
    [
        new(9, true), new(13, true), new(13, false), new(18, true), new(23, true), new(28, false),
        new(31, true), new(34, true), new(45, false), new(48, true), new(161, false),
    ];

    /// <summary>R's survival::lung (tests/Trek.Trials.Tests/Data/lung.csv), one group per value of <paramref name="group"/>.</summary>
    internal static IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> Lung(string group)
    {
        var path = PlotData.Trials("lung.csv");
        using var stream = File.OpenRead(path);
        return SurvivalCsv.Read(stream, path, ',', "time", "status", group);
    }
}
