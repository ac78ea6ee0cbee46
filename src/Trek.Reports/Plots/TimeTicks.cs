namespace Trek.Reports.Plots;

/// <summary>
/// Tick steps for a time axis. A step is the smallest of the unit's clinical steps that divides the range into at most
/// <c>maxIntervals</c> intervals: months 1, 3, 6, 12, 24, 36, 60, 120 (so 24 months reads 0, 6, 12, 18, 24 as trial
/// figures do), weeks 1, 2, 4, 8, 12, 24, 52, 104 (scans every 4 or 8 weeks), days 1, 7, 14, 28, 56, 91, 182, 365, 730,
/// years 0.25, 0.5, 1, 2, 5, 10. Without a unit the "nice numbers" rule of Heckbert (Graphics Gems, 1990: 1, 2 and 5
/// times a power of ten) applies.
/// </summary>
public static class TimeTicks
{
    private static readonly double[] Months = [1, 3, 6, 12, 24, 36, 60, 120];
    private static readonly double[] Weeks = [1, 2, 4, 8, 12, 24, 52, 104];
    private static readonly double[] Days = [1, 7, 14, 28, 56, 91, 182, 365, 730];
    private static readonly double[] Years = [0.25, 0.5, 1, 2, 5, 10];

    /// <summary>The unit a time-axis label names ("Months", "weeks from first dose", "OS (days)"); <see cref="TimeUnit.Unknown"/> otherwise.</summary>
    public static TimeUnit UnitOf(string label)
    {
        var l = label.ToLowerInvariant();
        return l.Contains("month", StringComparison.Ordinal) ? TimeUnit.Months
            : l.Contains("week", StringComparison.Ordinal) ? TimeUnit.Weeks
            : l.Contains("day", StringComparison.Ordinal) ? TimeUnit.Days
            : l.Contains("year", StringComparison.Ordinal) ? TimeUnit.Years
            : TimeUnit.Unknown;
    }

    /// <summary>The tick step for times 0..<paramref name="max"/>.</summary>
    public static double Step(double max, TimeUnit unit, int maxIntervals = 6)
    {
        if (!(max > 0))
        {
            return unit == TimeUnit.Years ? 1 : unit == TimeUnit.Unknown ? 1 : Candidates(unit)[0];
        }

        if (unit != TimeUnit.Unknown)
        {
            foreach (var step in Candidates(unit))
            {
                if (Math.Ceiling(max / step - 1e-9) <= maxIntervals)
                {
                    return step;
                }
            }
        }

        // Heckbert's nice numbers: 1, 2, 5 × 10^k, the smallest giving at most maxIntervals intervals.
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max / maxIntervals)));
        foreach (var m in new[] { 1.0, 2, 5, 10, 20 })
        {
            if (Math.Ceiling(max / (m * magnitude) - 1e-9) <= maxIntervals)
            {
                return m * magnitude;
            }
        }

        return 20 * magnitude;
    }

    /// <summary>The ticks 0, step, 2·step ... up to the first at or past <paramref name="max"/>.</summary>
    public static IReadOnlyList<double> Ticks(double max, double step)
    {
        var count = Math.Max(1, (int)Math.Ceiling(max / step - 1e-9));
        return Enumerable.Range(0, count + 1).Select(i => i * step).ToArray();
    }

    private static double[] Candidates(TimeUnit unit) => unit switch
    {
        TimeUnit.Months => Months,
        TimeUnit.Weeks => Weeks,
        TimeUnit.Days => Days,
        _ => Years,
    };
}
