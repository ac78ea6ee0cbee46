namespace Trek.Reports.Plots;

/// <summary>The unit of a plot's time axis; it decides which tick steps read as clinical (6 and 12 months, 4 and 8 weeks).</summary>
public enum TimeUnit
{
    /// <summary>Not known: ticks at 1, 2 or 5 × 10^k.</summary>
    Unknown,
    Days,
    Weeks,
    Months,
    Years,
}
