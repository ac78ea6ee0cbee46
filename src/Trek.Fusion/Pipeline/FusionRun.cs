using Trek.Core;
using Trek.Fusion.Calling;
using Trek.Fusion.Index;

namespace Trek.Fusion.Pipeline;

/// <summary>
/// The `trek fusions` use case, callable by the CLI, a web app or a workflow alike: read pairs in,
/// typed calls out. Stages: stream the pairs through the workers (<see cref="FusionPipeline"/>), reduce the
/// evidence to candidates, run the filters in <see cref="Filters.FilterId"/> order, assess confidence, rank.
/// Nothing here knows about files, paths, command lines or text formats.
/// </summary>
public static class FusionRun
{
    /// <param name="index">A loaded, verified index (<see cref="IndexStore.Load"/>).</param>
    /// <param name="read1">Read 1 FASTQ; disposed by the run.</param>
    /// <param name="read2">Read 2 FASTQ, the same fragments in the same order; disposed by the run.</param>
    /// <param name="sample">The sample's name, for provenance; null when not given.</param>
    /// <exception cref="InputException">Malformed, truncated or unpaired reads; names the input and record.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static FusionRunResult Run(FusionIndex index, ReadInput read1, ReadInput read2, FusionOptions options, string? sample, IFusionProgress? progress, CancellationToken cancellation)
    {
        EvidenceAggregator evidence;
        using (read1.Stream)
        using (read2.Stream)
        {
            var reading = progress is null ? null : new Progress(progress);
            evidence = FusionPipeline.Run(index, read1, read2, options, options.Threads, reading, cancellation);
        }

        progress?.ReadingDone(evidence.Fragments, evidence.FragmentsOnIndex);
        var counts = new CandidateCounts(evidence.Splits.Count, evidence.Spanning.Count, evidence.Novel.Count);
        progress?.Candidates(counts);
        cancellation.ThrowIfCancellationRequested();
        var calls = new FusionCaller(index, options).Call(evidence, s => progress?.Stage(s));
        var provenance = new FusionProvenance(TrekVersion.Current, sample, index.Manifest, evidence.Fragments, evidence.FragmentsOnIndex, options.KnownFusions.Source, options.Blacklist.Source);
        return new FusionRunResult(calls.Passed, calls.Discarded, calls.Stages, counts, provenance);
    }

    /// <summary>Relays the read fraction without the synchronisation context capture of <see cref="Progress{T}"/>.</summary>
    private sealed class Progress(IFusionProgress sink) : IProgress<double>
    {
        public void Report(double value) => sink.Reading(value);
    }
}
