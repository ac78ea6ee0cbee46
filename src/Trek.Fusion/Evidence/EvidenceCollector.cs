using System.Text;
using Trek.Fusion.Index;
using Trek.Fusion.Reads;
using Trek.IO.Fastq;

namespace Trek.Fusion.Evidence;

/// <summary>
/// One worker of the `--evidence` pass: classifies each pair exactly as the counting pass did
/// (<see cref="FragmentClassifier.Decide"/>) and keeps the pairs that support a reported call. With duplicate
/// removal on, one fragment per duplicate signature is kept (the one whose name sorts first, so the choice does not
/// depend on thread timing), which is what the call counted; homologous split reads are kept only when the homology
/// filter is off, as in the counts. At most <see cref="MaxPerCall"/> fragments are kept per call (bounded memory).
/// </summary>
internal sealed class EvidenceCollector(FusionIndex index, FusionOptions options, EvidenceTargets targets, int calls)
{
    public const int MaxPerCall = 100_000;

    private readonly FragmentClassifier _classifier = new(index, options);
    private readonly bool _dedupe = !options.DisabledFilters.Contains(Filters.FilterId.Duplicates);
    private readonly bool _homologyFilter = !options.DisabledFilters.Contains(Filters.FilterId.Homology);

    /// <summary>Kept fragments per call rank, keyed by signature (deduplicated) or by arrival (not).</summary>
    public List<EvidenceFragment>[] Kept { get; } = Enumerable.Range(0, calls).Select(_ => new List<EvidenceFragment>()).ToArray();

    public void Take(ReadBatch b1, ReadBatch b2, int i)
    {
        var r1 = b1.Sequence(i);
        var r2 = b2.Sequence(i);
        int? rank = null;
        var kind = EvidenceKind.Split;
        var splitMate = 0;
        switch (_classifier.Decide(r1, r2, out var a, out var b))
        {
            case FragmentKind.Split:
                var hit = a.Kind == ReadKind.Split ? a.Split : b.Split;
                splitMate = a.Kind == ReadKind.Split ? 1 : 2;
                if (!hit.Homologous || !_homologyFilter)
                {
                    rank = targets.Splits.TryGetValue(_classifier.Evidence.KeyOf(hit), out var r) ? r : null;
                }

                break;
            case FragmentKind.Spanning:
                var (five, three) = FragmentClassifier.SpanningOrder(a, b);
                rank = targets.Spanning.TryGetValue((five.Gene, three.Gene), out var s) ? s : null;
                kind = EvidenceKind.Spanning;
                break;
            case FragmentKind.Novel:
                var n = a.Kind == ReadKind.Novel ? a : b;
                splitMate = a.Kind == ReadKind.Novel ? 1 : 2;
                rank = targets.NovelCall(_classifier.Evidence.NovelKey(n.NovelTranscript, n.NovelPosition), FragmentClassifier.Signature(r1, r2), n.NovelPrefix!);
                break;
        }

        if (rank is { } call && Kept[call].Count < MaxPerCall * 2)
        {
            Kept[call].Add(new EvidenceFragment(Name(b1.Name(i)), kind, r1.ToArray(), r2.ToArray(), splitMate, FragmentClassifier.Signature(r1, r2)));
        }
    }

    /// <summary>All workers' fragments of one call, deduplicated as the counts were, in name order, at most <see cref="MaxPerCall"/>.</summary>
    public static List<EvidenceFragment> Merge(IEnumerable<EvidenceCollector> workers, int rank, bool dedupe)
    {
        var all = workers.SelectMany(w => w.Kept[rank]).OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Kind);
        var kept = dedupe ? all.GroupBy(f => (f.Kind, f.Signature)).Select(g => g.First()).OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Kind) : all;
        return [.. kept.Take(MaxPerCall)];
    }

    public bool Dedupe => _dedupe;

    /// <summary>The read name without a trailing mate number (/1, .1, _1), as SAM wants one QNAME for both mates.</summary>
    private static string Name(ReadOnlySpan<byte> name) => Encoding.ASCII.GetString(Pipeline.MateNames.Trim(name));
}
