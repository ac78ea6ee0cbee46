using Trek.Trials.Survival;

namespace Trek.Trials.Tests;

/// <summary>Every expected value here is R survival 3.5-3 output from R/km_reference.R (aml, lung datasets).</summary>
public sealed class KaplanMeierTests
{
    // R's aml data, "Maintained" arm: 9, 13, 13+, 18, 23, 28+, 31, 34, 45+, 48, 161+.
    private static readonly SurvivalObservation[] Maintained =
    [
        new(9, true), new(13, true), new(13, false), new(18, true), new(23, true), new(28, false),
        new(31, true), new(34, true), new(45, false), new(48, true), new(161, false),
    ];

    // aml "Nonmaintained": 5, 5, 8, 8, 12, 16+, 23, 27, 30, 33, 43, 45 (last subject dies: S reaches 0).
    private static readonly SurvivalObservation[] Nonmaintained =
    [
        new(5, true), new(5, true), new(8, true), new(8, true), new(12, true), new(16, false),
        new(23, true), new(27, true), new(30, true), new(33, true), new(43, true), new(45, true),
    ];

    [Theory]
    [InlineData(ConfidenceType.Log, 18.0, null)]
    [InlineData(ConfidenceType.LogLog, 13.0, null)]
    [InlineData(ConfidenceType.Plain, 18.0, 48.0)]
    public void Median_AmlMaintained_MatchesR(ConfidenceType type, double? lower, double? upper)
    {
        var median = KaplanMeier.Fit(Maintained, type).Median;
        Assert.Equal(31, median.Time);
        Assert.Equal(lower, median.Lower);
        Assert.Equal(upper, median.Upper);
    }

    // quantile(fit, c(.25, .5, .75)) for the three conf types; null = NA.
    [Theory]
    [InlineData(ConfidenceType.Log, 0.25, 18.0, 13.0, null)]
    [InlineData(ConfidenceType.Log, 0.75, 48.0, 34.0, null)]
    [InlineData(ConfidenceType.LogLog, 0.25, 18.0, 9.0, 34.0)]
    [InlineData(ConfidenceType.LogLog, 0.75, 48.0, 31.0, null)]
    [InlineData(ConfidenceType.Plain, 0.25, 18.0, 9.0, 34.0)]
    [InlineData(ConfidenceType.Plain, 0.75, 48.0, 31.0, null)]
    public void Quantile_AmlMaintained_MatchesR(ConfidenceType type, double p, double? q, double? lower, double? upper)
    {
        var quantile = KaplanMeier.Fit(Maintained, type).Quantile(p);
        Assert.Equal(q, quantile.Time);
        Assert.Equal(lower, quantile.Lower);
        Assert.Equal(upper, quantile.Upper);
    }

    [Fact]
    public void Table_AmlMaintainedLog_MatchesRSummary()
    {
        var rows = KaplanMeier.Fit(Maintained).Rows;
        Assert.Equal(10, rows.Count);
        Assert.Equal((13.0, 10, 1, 1), (rows[1].Time, rows[1].NRisk, rows[1].NEvent, rows[1].NCensor));
        Assert.Equal(0.490909090909091, rows[5].Survival, 14);
        Assert.Equal(0.1641932672211358, rows[5].StdErr!.Value, 13);
        Assert.Equal(0.2548599511993173, rows[5].Lower!.Value, 13);
        Assert.Equal(0.945584955200429, rows[5].Upper!.Value, 13);
        Assert.Equal(1.0, rows[0].Upper);
        Assert.Equal(0.0359178984891853, rows[9].Lower!.Value, 13);
    }

    [Fact]
    public void Table_AmlMaintainedLogLog_MatchesRSummary()
    {
        var rows = KaplanMeier.Fit(Maintained, ConfidenceType.LogLog).Rows;
        Assert.Equal(0.5080802057699297, rows[0].Lower!.Value, 13);
        Assert.Equal(0.986673822667823, rows[0].Upper!.Value, 13);
        Assert.Equal(0.0117384801231896, rows[8].Lower!.Value, 13);
        Assert.Equal(0.525014842726641, rows[8].Upper!.Value, 13);
    }

    [Theory]
    [InlineData(ConfidenceType.Log, 23.0, 8.0, null)]
    [InlineData(ConfidenceType.LogLog, 23.0, 5.0, 33.0)]
    [InlineData(ConfidenceType.Plain, 23.0, 8.0, 33.0)]
    public void Median_CurveReachingZero_MatchesR(ConfidenceType type, double median, double? lower, double? upper)
    {
        var fit = KaplanMeier.Fit(Nonmaintained, type);
        Assert.Equal(median, fit.Median.Time);
        Assert.Equal(lower, fit.Median.Lower);
        Assert.Equal(upper, fit.Median.Upper);
        // R prints NaN std.err and NA limits once S = 0.
        Assert.Equal(0, fit.Rows[^1].Survival);
        Assert.Null(fit.Rows[^1].StdErr);
        Assert.Null(fit.Rows[^1].Lower);
    }

    // Flat stretches exactly at p (R/km_reference.R last two cases).
    [Fact]
    public void Quantile_FlatStretchAtP_TakesMidpointAsR()
    {
        var allEvents = KaplanMeier.Fit([new(1, true), new(2, true), new(3, true), new(4, true)]);
        Assert.Equal(1.5, allEvents.Quantile(0.25).Time);
        Assert.Equal(2.5, allEvents.Median.Time);
        Assert.Equal(3.5, allEvents.Quantile(0.75).Time);

        var endsAtHalf = KaplanMeier.Fit([new(1, true), new(2, true), new(3, false), new(4, false)]);
        Assert.Equal(1.5, endsAtHalf.Quantile(0.25).Time);
        Assert.Equal(3.0, endsAtHalf.Median.Time);
        Assert.Null(endsAtHalf.Quantile(0.75).Time);
        Assert.Equal(1.0, endsAtHalf.Median.Lower);
        Assert.Null(endsAtHalf.Median.Upper);
    }

    [Theory]
    [InlineData(ConfidenceType.Log, 310.0, 285.0, 363.0, 170.0, 145.0, 197.0, 550.0, 460.0, 654.0)]
    [InlineData(ConfidenceType.LogLog, 310.0, 284.0, 361.0, 170.0, 144.0, 194.0, 550.0, 457.0, 643.0)]
    [InlineData(ConfidenceType.Plain, 310.0, 284.0, 361.0, 170.0, 145.0, 197.0, 550.0, 457.0, 643.0)]
    public void Quartiles_Lung_MatchR(ConfidenceType type, double m, double ml, double mu, double q1, double q1l, double q1u, double q3, double q3l, double q3u)
    {
        var fit = KaplanMeier.Fit(Lung().Single().Observations, type);
        Assert.Equal((228, 165), (fit.N, fit.Events));
        Assert.Equal((m, ml, mu), (fit.Median.Time, fit.Median.Lower, fit.Median.Upper));
        var first = fit.Quantile(0.25);
        Assert.Equal((q1, q1l, q1u), (first.Time, first.Lower, first.Upper));
        var third = fit.Quantile(0.75);
        Assert.Equal((q3, q3l, q3u), (third.Time, third.Lower, third.Upper));
    }

    // summary(fit, times = c(180, 365, 730)) for lung, log and log-log bands.
    [Theory]
    [InlineData(ConfidenceType.Log, 180, 160, 0.72167065341, 0.029812419469, 0.665542307131, 0.78253256993)]
    [InlineData(ConfidenceType.Log, 365, 65, 0.40924162446, 0.035823638172, 0.344721581796, 0.48583760355)]
    [InlineData(ConfidenceType.Log, 730, 13, 0.11569309834, 0.028298197318, 0.071631824962, 0.18685679182)]
    [InlineData(ConfidenceType.LogLog, 365, 65, 0.40924162446, 0.035823638172, 0.338714269088, 0.47838076765)]
    [InlineData(ConfidenceType.Plain, 730, 13, 0.11569309834, 0.028298197318, 0.060229650774, 0.17115654591)]
    public void At_LungLandmarks_MatchRSummaryTimes(ConfidenceType type, double t, int nRisk, double s, double se, double lo, double hi)
    {
        var at = KaplanMeier.Fit(Lung().Single().Observations, type).At(t)!;
        Assert.Equal(nRisk, at.NRisk);
        Assert.Equal(s, at.Survival, 10);
        Assert.Equal(se, at.StdErr!.Value, 10);
        Assert.Equal(lo, at.Lower!.Value, 9);
        Assert.Equal(hi, at.Upper!.Value, 9);
    }

    [Fact]
    public void At_PastLastFollowUp_IsNull() => Assert.Null(KaplanMeier.Fit(Maintained).At(200));

    [Fact]
    public void At_BeforeFirstTime_IsOne()
    {
        var at = KaplanMeier.Fit(Maintained).At(5)!;
        Assert.Equal((1.0, 11), (at.Survival, at.NRisk));
    }

    // R 4.x survival: summary(survfit(Surv(time, status) ~ 1, aml[aml$x == "Maintained", ], conf.type = "log-log"),
    // times = 5) prints survival 1, std.err 0, lower 95% CI 1, upper 95% CI 1: summary.survfit pads the curve
    // before its first time with 1 for surv, lower and upper (and 0 for std.err), whatever the conf.type.
    // Trek printed NA for log-log (issue 10).
    [Theory]
    [InlineData(ConfidenceType.Log)]
    [InlineData(ConfidenceType.LogLog)]
    [InlineData(ConfidenceType.Plain)]
    public void At_BeforeFirstTime_BandIsOneToOneForEveryConfType(ConfidenceType type)
    {
        var at = KaplanMeier.Fit(Maintained, type).At(5)!;
        Assert.Equal((1.0, 0.0, 1.0, 1.0), (at.Survival, at.StdErr!.Value, at.Lower!.Value, at.Upper!.Value));
    }

    // lung by sex: medians 270 (212, 310) and 426 (348, 550).
    [Fact]
    public void Median_LungBySex_MatchesR()
    {
        var groups = Lung("sex");
        Assert.Equal(["1", "2"], groups.Select(g => g.Group));
        var male = KaplanMeier.Fit(groups[0].Observations).Median;
        var female = KaplanMeier.Fit(groups[1].Observations).Median;
        Assert.Equal((270.0, 212.0, 310.0), (male.Time, male.Lower, male.Upper));
        Assert.Equal((426.0, 348.0, 550.0), (female.Time, female.Lower, female.Upper));
    }

    internal static IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> Lung(string? group = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "lung.csv");
        var text = File.ReadAllText(path);
        if (group == "ph_ecog")
        {
            // R drops the subject with NA ph.ecog; so do we, by filtering the fixture.
            text = string.Join('\n', File.ReadAllLines(path).Where(l => !l.EndsWith(',')));
        }

        return SurvivalCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), path, ',', "time", "status", group);
    }
}
