namespace Trek.Reports.Cohort;

/// <summary>
/// Outliers by the modified z-score of Iglewicz and Hoaglin (How to Detect and Handle Outliers, ASQC 1993,
/// section 3.3): M = 0.6745 (x - median) / MAD with MAD the median absolute deviation from the median; a value
/// with |M| > 3.5 is an outlier. The median and MAD ignore the outliers' pull (breakdown point 50 %), which a
/// mean and standard deviation over a few dozen samples do not. With MAD = 0 (half the cohort or more
/// identical) the score is undefined and nothing is flagged.
/// </summary>
public static class RobustZ
{
    /// <summary>0.6745 = the 0.75 quantile of the standard normal: makes MAD estimate sigma for normal data.</summary>
    public const double Consistency = 0.6745;

    /// <summary>Iglewicz-Hoaglin's recommended cut-off for |M|.</summary>
    public const double Threshold = 3.5;

    /// <summary>Each value's modified z-score, or null when the MAD is 0 or fewer than 3 values are given.</summary>
    public static double?[] Scores(IReadOnlyList<double> values)
    {
        var result = new double?[values.Count];
        if (values.Count < 3)
        {
            return result;
        }

        var median = Median(values);
        var mad = Median(values.Select(v => Math.Abs(v - median)).ToList());
        if (mad == 0)
        {
            return result;
        }

        for (var i = 0; i < values.Count; i++)
        {
            result[i] = Consistency * (values[i] - median) / mad;
        }

        return result;
    }

    public static bool IsOutlier(double? score) => score is { } m && Math.Abs(m) > Threshold;

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
