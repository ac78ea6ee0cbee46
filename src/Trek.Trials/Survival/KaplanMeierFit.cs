namespace Trek.Trials.Survival;

/// <summary>A fitted Kaplan-Meier curve: the table, and the quantiles and landmark rates read from it the way R reads them.</summary>
public sealed class KaplanMeierFit
{
    internal KaplanMeierFit(IReadOnlyList<SurvivalTableRow> rows, int n, int events, ConfidenceType confType, double confLevel)
    {
        Rows = rows;
        N = n;
        Events = events;
        ConfType = confType;
        ConfLevel = confLevel;
    }

    public IReadOnlyList<SurvivalTableRow> Rows { get; }

    public int N { get; }

    public int Events { get; }

    public ConfidenceType ConfType { get; }

    public double ConfLevel { get; }

    /// <summary>The median with R's CI (print.survfit's median, 0.95LCL, 0.95UCL); computed once (it scans the table).</summary>
    public SurvivalQuantile Median => _median ??= Quantile(0.5);

    private SurvivalQuantile? _median;

    /// <summary>
    /// R quantile.survfit's doquant: the estimate is where 1 - S crosses p; the lower limit is where
    /// 1 - (lower band) crosses p (the lower band falls first); the upper limit where 1 - (upper band)
    /// crosses p. A flat stretch exactly at p gives its midpoint (<see cref="QuantileFinder"/>).
    /// </summary>
    public SurvivalQuantile Quantile(double probability)
    {
        var (estimate, lower, upper) = _finders ??= Finders();
        return new SurvivalQuantile(probability, estimate.Find(probability), lower.Find(probability), upper.Find(probability));
    }

    private (QuantileFinder Estimate, QuantileFinder Lower, QuantileFinder Upper)? _finders;

    /// <summary>The three curves quantiles are read from, prepared once for every probability asked.</summary>
    private (QuantileFinder, QuantileFinder, QuantileFinder) Finders()
    {
        var x = new double[Rows.Count + 1];
        var f = new double[Rows.Count + 1];
        var fLower = new double[Rows.Count + 1];
        var fUpper = new double[Rows.Count + 1];
        // start.time: survfit uses min(0, smallest time) as the curve's origin.
        x[0] = Math.Min(0, Rows[0].Time);
        for (var i = 0; i < Rows.Count; i++)
        {
            x[i + 1] = Rows[i].Time;
            f[i + 1] = 1 - Rows[i].Survival;
            fLower[i + 1] = 1 - (Rows[i].Lower ?? double.NaN);
            fUpper[i + 1] = 1 - (Rows[i].Upper ?? double.NaN);
        }

        return (new QuantileFinder(x, f), new QuantileFinder(x, fLower), new QuantileFinder(x, fUpper));
    }

    /// <summary>
    /// Survival at time t as R's summary(fit, times = t): the curve's value at the last row at or before t;
    /// n at risk counts subjects still followed at t (time ≥ t). Null past the last follow-up time, as R
    /// drops such times.
    /// </summary>
    public LandmarkEstimate? At(double time)
    {
        if (time > Rows[^1].Time)
        {
            return null;
        }

        // Rows are in increasing time: binary search for the first row at or after t (linear scans made
        // many landmarks on a large table quadratic).
        var (lo, hi) = (0, Rows.Count - 1);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Rows[mid].Time >= time)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var next = Rows[lo];
        SurvivalTableRow? last = next.Time == time ? next : lo > 0 ? Rows[lo - 1] : null;
        if (last is null)
        {
            // Before the first time: R's summary.survfit pads survival, lower and upper with 1 (and std.err
            // with 0) for any conf.type, so a log-log band is 1-1 there, not NA (issue 10).
            return new LandmarkEstimate(time, N, 1, 0, 1, 1);
        }

        var row = last.Value;
        return new LandmarkEstimate(time, next.NRisk, row.Survival, row.StdErr, row.Lower, row.Upper);
    }
}
