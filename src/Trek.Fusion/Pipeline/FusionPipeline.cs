using Trek.Core;
using Trek.Fusion.Calling;
using Trek.Fusion.Index;
using Trek.Fusion.Reads;
using Trek.IO.Fastq;

namespace Trek.Fusion.Pipeline;

/// <summary>
/// Streams read pairs through worker threads (each with its own aligner and evidence), checks that the
/// mates really are mates, and merges the evidence. Memory is flat in the number of reads.
/// </summary>
public static class FusionPipeline
{
    /// <summary>Convenience for tests and benchmarks: reads two FASTQ files by path.</summary>
    public static EvidenceAggregator Run(FusionIndex index, string read1, string read2, FusionOptions options, int threads, IProgress<double>? progress = null) =>
        Run(index, Open(read1), Open(read2), options, threads, progress, CancellationToken.None);

    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static EvidenceAggregator Run(FusionIndex index, ReadInput read1, ReadInput read2, FusionOptions options, int threads, IProgress<double>? progress, CancellationToken cancellation)
    {
        var classifiers = Stream(read1, read2, threads, progress, cancellation, () => new FragmentClassifier(index, options), static (c, b1, b2, i) => c.Classify(b1.Sequence(i), b2.Sequence(i)));
        var merged = classifiers[0].Evidence;
        foreach (var c in classifiers.Skip(1))
        {
            merged.Merge(c.Evidence);
        }

        return merged;
    }

    /// <summary>
    /// Streams the pairs through <paramref name="threads"/> workers, each with its own consumer made by <paramref name="create"/>,
    /// after checking that the mates' names agree; returns the consumers for the caller to merge.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    internal static T[] Stream<T>(ReadInput read1, ReadInput read2, int threads, IProgress<double>? progress, CancellationToken cancellation, Func<T> create, Action<T, ReadBatch, ReadBatch, int> consume)
    {
        threads = Math.Max(1, threads);
        using var source = new PairedReadSource(read1, read2, threads, cancellation);
        source.Start();
        var consumers = Enumerable.Range(0, threads).Select(_ => create()).ToArray();
        var workers = consumers.Select(c => new Thread(() => Work(source, c, consume, read1.Name, read2.Name)) { IsBackground = true, Name = "trek worker" }).ToArray();
        foreach (var w in workers)
        {
            w.Start();
        }

        try
        {
            while (!workers.All(w => w.Join(250)))
            {
                progress?.Report(source.Progress);
            }
        }
        finally
        {
            // Never dispose the source under running workers, whatever the progress reporter did.
            foreach (var w in workers)
            {
                w.Join();
            }
        }

        source.ThrowIfFailed();
        cancellation.ThrowIfCancellationRequested();
        progress?.Report(1.0);
        return consumers;
    }

    private static ReadInput Open(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), path, new FileInfo(path).Length);

    private static void Work<T>(PairedReadSource source, T consumer, Action<T, ReadBatch, ReadBatch, int> consume, string read1, string read2)
    {
        try
        {
            while (source.TryTake(out var b1, out var b2))
            {
                for (var i = 0; i < b1.Count; i++)
                {
                    if (!MateNames.Match(b1.Name(i), b2.Name(i)))
                    {
                        var record = b1.FirstRecord + i;
                        throw new InputException($"{read1} and {read2}: read names differ at record {record:N0} ('{MateNames.Show(b1.Name(i))}' vs '{MateNames.Show(b2.Name(i))}'): the files are not mates, or are not in the same order");
                    }

                    consume(consumer, b1, b2, i);
                }

                source.Return(b1, b2);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            source.Fail(ex);
        }
    }
}
