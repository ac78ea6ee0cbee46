namespace Trek.Reports.Plots;

/// <summary>The colours of the trial plots' groups and cohorts, in order (the seventh wraps to the first).</summary>
internal static class PlotScale
{
    public static readonly string[] Palette = ["#1b6ca8", "#d1495b", "#2e933c", "#edae49", "#6a4c93", "#00798c", "#8d6e63"];
}
