using Trek.Fusion.Calling;
using Trek.Fusion.Index;
using Trek.Fusion.Pipeline;

namespace Trek.Fusion.Evidence;

/// <summary>
/// `trek fusions --evidence`: a second pass over the same reads, after the calls are known, that keeps the reads
/// behind each reported call and places them on its fused sequence. The counting pass keeps no reads (its memory
/// stays flat), so this pass costs a second read of the input only when evidence is asked for, and nothing otherwise.
/// </summary>
public static class EvidencePass
{
    /// <param name="calls">The reported calls, in rank order (<see cref="FusionRunResult.Calls"/>).</param>
    /// <param name="read1">Read 1 again (the same file the calls came from); disposed by the pass.</param>
    /// <param name="read2">Read 2 again; disposed by the pass.</param>
    /// <exception cref="Core.InputException">Malformed or unpaired reads.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static IReadOnlyList<CallEvidence> Collect(FusionIndex index, FusionOptions options, IReadOnlyList<FusionCall> calls, ReadInput read1, ReadInput read2, CancellationToken cancellation)
    {
        var targets = new EvidenceTargets(calls);
        EvidenceCollector[] workers;
        using (read1.Stream)
        using (read2.Stream)
        {
            workers = FusionPipeline.Stream(read1, read2, options.Threads, null, cancellation,
                () => new EvidenceCollector(index, options, targets, calls.Count), static (c, b1, b2, i) => c.Take(b1, b2, i));
        }

        var dedupe = workers[0].Dedupe;
        var result = new List<CallEvidence>(calls.Count);
        for (var rank = 0; rank < calls.Count; rank++)
        {
            var (codes, offset) = FusedSequence.Of(index, calls[rank]);
            var placer = new ReadPlacer(codes, options.MaxMismatchRate);
            var placed = EvidenceCollector.Merge(workers, rank, dedupe).Select(f => Place(f, placer)).ToList();
            result.Add(new CallEvidence(CallIds.Of(rank + 1, calls[rank]), calls[rank], codes, offset, placed));
        }

        return result;
    }

    private static PlacedFragment Place(EvidenceFragment f, ReadPlacer placer) => f.Kind == EvidenceKind.Split
        ? new PlacedFragment(f, f.SplitMate == 1 ? placer.Place(f.Read1) : null, f.SplitMate == 2 ? placer.Place(f.Read2) : null)
        : new PlacedFragment(f, placer.Place(f.Read1), placer.Place(f.Read2));
}
