using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Filters;

/// <summary>
/// What the filters and the confidence rule judge: the call as the evidence gives it (no verdicts, no
/// confidence yet), its genes as index records (by index, never by symbol: two genes can share one),
/// and the reads one gene alone explains as well as the fusion.
/// </summary>
public sealed record FusionCandidate(FusionCall Call, long HomologousReads)
{
    /// <summary>The 5' gene; null for a partner-unknown call.</summary>
    public Gene? FivePrime => Call.Gene1;

    public Gene ThreePrime => Call.Gene2;
}
