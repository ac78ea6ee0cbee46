namespace Trek.Reports.Cohort;

/// <summary>
/// A sample's run metrics with their modified z-scores across the cohort (<see cref="RobustZ"/>). Depth is scored
/// as log10(pairs + 1), since read depths differ by orders of magnitude; the fractions as they are.
/// </summary>
public sealed record SampleQc(
    string Sample,
    long PairsRead,
    long PairsOnIndex,
    double OnIndexFraction,
    long DuplicateFragments,
    double DuplicateFraction,
    RunStatsCalls Calls,
    long Discarded,
    double? DepthScore,
    double? OnIndexScore,
    double? DuplicateScore)
{
    /// <summary>The metrics whose |M| exceeds 3.5, each with its direction, e.g. "pairs_read(low)".</summary>
    public IReadOnlyList<string> Outliers
    {
        get
        {
            var flags = new List<string>();
            Flag("pairs_read", DepthScore);
            Flag("on_index_fraction", OnIndexScore);
            Flag("duplicate_fraction", DuplicateScore);
            return flags;

            void Flag(string metric, double? score)
            {
                if (RobustZ.IsOutlier(score))
                {
                    flags.Add($"{metric}({(score > 0 ? "high" : "low")})");
                }
            }
        }
    }
}
