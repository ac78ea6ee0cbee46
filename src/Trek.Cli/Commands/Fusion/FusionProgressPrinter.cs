using System.Diagnostics;
using Trek.Fusion.Filters;
using Trek.Fusion.Pipeline;

namespace Trek.Cli.Commands.Fusion;

/// <summary>
/// `trek fusions` progress on stderr: the read bar (terminal only), the pairs-read line with throughput,
/// a warning when almost nothing touches the index, then one `(remaining=N)` line per stage as it finishes (Arriba style).
/// </summary>
internal sealed class FusionProgressPrinter(TextWriter err, Stopwatch clock) : IFusionProgress, IDisposable
{
    private readonly ProgressReporter _bar = new(err, "reading pairs");
    private CandidateCounts _candidates;

    public void Reading(double fraction) => _bar.Report(fraction);

    public void ReadingDone(long pairs, long pairsOnIndex)
    {
        _bar.Finish();
        var seconds = clock.Elapsed.TotalSeconds;
        err.WriteLine($"trek fusions: read {pairs:N0} pairs ({pairs / Math.Max(seconds, 1e-3):N0} pairs/s); on index {pairsOnIndex:N0}");
        if (pairs > 10_000 && pairsOnIndex * 10_000 < pairs)
        {
            err.WriteLine("trek fusions: warning: fewer than 0.01 % of pairs touch the index: are the reads from this species and panel, and is this the right index?");
        }
    }

    public void Candidates(CandidateCounts counts) => _candidates = counts;

    public void Stage(StageCount stage) =>
        err.WriteLine(stage.Stage == StageCount.Candidates
            ? $"trek fusions: candidates: split junctions={_candidates.SplitJunctions} spanning gene pairs={_candidates.SpanningGenePairs} novel-partner sites={_candidates.NovelSites} (remaining={stage.Remaining})"
            : $"trek fusions: filter {stage.Stage} (remaining={stage.Remaining})");

    public void Dispose() => _bar.Dispose();
}
