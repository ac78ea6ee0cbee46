using System.Runtime.CompilerServices;

namespace Trek.Reports.Tests.Plots;

/// <summary>Fixtures the plot tests share with the trials tests (R's lung data, the subject CSV), read where they live.</summary>
internal static class PlotData
{
    public static string Trials(string file, [CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "Trek.Trials.Tests", "Data", file));

    /// <summary>The repository root (this file is tests/Trek.Reports.Tests/Plots/PlotData.cs).</summary>
    public static string Root([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
