using Trek.Fusion.Filters;
using Trek.Fusion.Index;

namespace Trek.Fusion.Calling;

/// <summary>From merged evidence to annotated, filtered, ranked calls.</summary>
public sealed class FusionCaller(FusionIndex index, FusionOptions options)
{
    private readonly FusionAnnotator _annotator = new(index);

    /// <param name="stage">Told the count left after each stage, as that stage finishes (Arriba's "(remaining=N)").</param>
    public CallSet Call(EvidenceAggregator evidence, Action<StageCount>? stage = null)
    {
        var dedupe = !options.DisabledFilters.Contains(FilterId.Duplicates);
        var useHomology = !options.DisabledFilters.Contains(FilterId.Homology);
        var candidates = new List<FusionCandidate>();
        var strongest = evidence.Splits
            .GroupBy(kv => (kv.Key.GeneA, kv.Key.GeneB))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(kv => kv.Value.Support.Count(dedupe)).ThenBy(kv => kv.Key.LocusA).ThenBy(kv => kv.Key.LocusB).First().Key);

        foreach (var (key, e) in evidence.Splits.OrderBy(kv => kv.Key.GeneA).ThenBy(kv => kv.Key.GeneB).ThenBy(kv => kv.Key.LocusA).ThenBy(kv => kv.Key.LocusB))
        {
            var span = strongest[(key.GeneA, key.GeneB)] == key && evidence.Spanning.TryGetValue((key.GeneA, key.GeneB), out var s) ? s : null;
            candidates.Add(FromSplit(e, span, evidence.Fragments, dedupe, useHomology));
        }

        var splitSites = evidence.Splits.Keys.Select(k => (k.GeneB, k.LocusB)).ToHashSet();
        var novel = evidence.Novel.Where(kv => !splitSites.Contains(kv.Key)).OrderBy(kv => kv.Key).ToList();
        var claimed = new HashSet<(int, long)>();
        foreach (var ((geneA, geneB), s) in evidence.Spanning.OrderBy(kv => kv.Key))
        {
            if (strongest.ContainsKey((geneA, geneB)))
            {
                continue;
            }

            // Spanning pairs name the 5' partner; novel-partner reads on the same 3' gene give the exact 3' break.
            var site = novel.Where(kv => kv.Key.Gene == geneB && !claimed.Contains(kv.Key))
                .OrderByDescending(kv => kv.Value.Support.Count(dedupe)).Select(kv => (KeyValuePair<(int, long), NovelEvidence>?)kv).FirstOrDefault();
            if (site is { } n)
            {
                claimed.Add(n.Key);
            }

            candidates.Add(site is { } m ? FromNovel(m.Value, evidence.Fragments, dedupe, geneA, s) : FromSpanning(geneA, geneB, s, evidence.Fragments, dedupe));
        }

        foreach (var (key, e) in novel)
        {
            if (!claimed.Contains(key))
            {
                candidates.Add(FromNovel(e, evidence.Fragments, dedupe, null, null));
            }
        }

        return Judge(candidates, stage ?? (_ => { }));
    }

    /// <summary>
    /// Runs the enabled filters one after another, each over every candidate (so the discarded file names all
    /// the filters that removed a call), charging a removed call to the first filter that removed it; then the
    /// confidence rule; then ranks.
    /// </summary>
    private CallSet Judge(List<FusionCandidate> candidates, Action<StageCount> report)
    {
        var pseudogenes = index.TranscriptsByGene
            .Where(g => g.Value.All(t => t.Biotype.Contains("pseudogene", StringComparison.Ordinal)))
            .Select(g => g.Key).ToHashSet();
        var repeat = candidates.Any(c => c.FivePrime is not null && c.Call.SplitReads > 0) && !options.DisabledFilters.Contains(FilterId.Repeat)
            ? new RepeatFilter(RepeatMap.TryBuild(index.Transcripts))
            : null;
        var filters = FilterSet.Create(options, pseudogenes, repeat);
        foreach (var f in filters.OfType<NovelBackgroundFilter>())
        {
            f.Observe(candidates);
        }

        var stages = new List<StageCount>();
        void Report(StageCount s)
        {
            stages.Add(s);
            report(s);
        }

        var remaining = candidates.Count;
        Report(new StageCount(StageCount.Candidates, remaining));
        var removedBy = candidates.Select(_ => new List<FilterVerdict>()).ToArray();
        var byId = filters.ToDictionary(f => f.Id);
        foreach (var id in Enum.GetValues<FilterId>().Where(id => !options.DisabledFilters.Contains(id)))
        {
            if (byId.TryGetValue(id, out var filter))
            {
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (filter.Removes(candidates[i]))
                    {
                        remaining -= removedBy[i].Count == 0 ? 1 : 0;
                        removedBy[i].Add(FilterVerdict.CallRemoved(id));
                    }
                }
            }

            Report(new StageCount(FilterNames.Of(id), remaining));
        }

        var passed = new List<FusionCall>();
        var discarded = new List<FusionCall>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var call = candidates[i].Call with
            {
                Verdicts = [.. candidates[i].Call.Verdicts, .. removedBy[i]],
                Confidence = ConfidenceRule.Assess(candidates[i], options),
            };
            (call.Discarded ? discarded : passed).Add(call);
        }

        return new CallSet(Rank(passed), Rank(discarded), stages);
    }

    /// <summary>Best first: confidence, then support (descending), then fusion name, then the 5' and 3' breaks (contig, position).</summary>
    private static List<FusionCall> Rank(List<FusionCall> calls) =>
        [.. calls.OrderBy(c => c.Confidence).ThenByDescending(c => c.Support).ThenBy(c => c.Fusion, StringComparer.Ordinal)
            .ThenBy(c => c.Break1, JunctionSideOrder.Instance).ThenBy(c => c.Break2, JunctionSideOrder.Instance)];

    private FusionCandidate FromSplit(SplitEvidence e, SupportSet? span, long fragments, bool dedupe, bool useHomology)
    {
        var rep = e.Representative;
        var (ta, pa) = _annotator.Choose5Prime(rep.TranscriptA, rep.PositionA);
        var (tb, pb) = _annotator.Choose3Prime(rep.TranscriptB, rep.PositionB);
        var frame = FusionAnnotator.Frame(ta, pa, tb, pb);
        var split = e.Support.Count(dedupe) + (useHomology ? 0 : e.Support.Homologous);
        var spanning = span?.Count(dedupe) ?? 0;
        var call = new FusionCall
        {
            Gene1 = index.Genes[ta.Gene],
            Gene2 = index.Genes[tb.Gene],
            Break1 = _annotator.Side(ta, pa, fivePrime: true),
            Break2 = _annotator.Side(tb, pb, fivePrime: false),
            SplitReads = split,
            SpanningPairs = spanning,
            Ffpm = Ffpm(split + spanning, fragments),
            Frame = frame,
            KinaseDomain = _annotator.KinaseDomain(tb, pb, frame),
            LargeAnchorSupport = e.BestAnchor >= options.LargeAnchor,
            Homology = e.MaxHomology,
            Junction = FusionAnnotator.Junction(FusionAnnotator.FivePrimeFlank(ta, pa), tb, pb),
            Verdicts = ReadLevel(dedupe ? e.Support.Duplicates + (span?.Duplicates ?? 0) : 0, useHomology ? e.Support.Homologous : 0),
        };
        return new FusionCandidate(call, useHomology ? e.Support.Homologous : 0);
    }

    private FusionCandidate FromSpanning(int geneA, int geneB, SupportSet s, long fragments, bool dedupe)
    {
        var spanning = s.Count(dedupe);
        var call = new FusionCall
        {
            Gene1 = index.Genes[geneA],
            Gene2 = index.Genes[geneB],
            Break1 = null,
            Break2 = null,
            SplitReads = 0,
            SpanningPairs = spanning,
            Ffpm = Ffpm(spanning, fragments),
            Frame = ReadingFrame.Unknown,
            KinaseDomain = DomainRetention.Unknown,
            LargeAnchorSupport = false,
            Homology = 0,
            Junction = null,
            Verdicts = ReadLevel(dedupe ? s.Duplicates : 0, 0),
        };
        return new FusionCandidate(call, 0);
    }

    /// <summary>A partner-unknown call; with <paramref name="partner"/>, the 5' gene is the one spanning pairs point to, its break not on an annotated exon.</summary>
    private FusionCandidate FromNovel(NovelEvidence e, long fragments, bool dedupe, int? partner, SupportSet? span)
    {
        var (tb, pb) = _annotator.Choose3Prime(e.Transcript, e.Position);
        var consensus = NovelPartnerAssembler.Consensus(e.Prefixes.Values);
        var split = e.Support.Count(dedupe);
        var spanning = span?.Count(dedupe) ?? 0;
        var call = new FusionCall
        {
            Gene1 = partner is { } p ? index.Genes[p] : null,
            Gene2 = index.Genes[tb.Gene],
            Break1 = null,
            Break2 = _annotator.Side(tb, pb, fivePrime: false),
            SplitReads = split,
            SpanningPairs = spanning,
            Ffpm = Ffpm(split + spanning, fragments),
            Frame = ReadingFrame.Unknown,
            KinaseDomain = _annotator.KinaseDomain(tb, pb, ReadingFrame.Unknown),
            LargeAnchorSupport = consensus.Length >= options.LargeAnchor,
            Homology = 0,
            Junction = FusionAnnotator.Junction(consensus, tb, pb),
            Verdicts = ReadLevel(dedupe ? e.Support.Duplicates + (span?.Duplicates ?? 0) : 0, 0),
        };
        return new FusionCandidate(call, 0);
    }

    private static List<FilterVerdict> ReadLevel(long duplicates, long homologous)
    {
        var verdicts = new List<FilterVerdict>();
        if (duplicates > 0)
        {
            verdicts.Add(FilterVerdict.ReadsRemoved(FilterId.Duplicates, duplicates));
        }

        if (homologous > 0)
        {
            verdicts.Add(FilterVerdict.ReadsRemoved(FilterId.Homology, homologous));
        }

        return verdicts;
    }

    /// <summary>Fusion fragments per million fragments sequenced (STAR-Fusion's FFPM).</summary>
    private static double Ffpm(long support, long fragments) => fragments == 0 ? 0 : support * 1e6 / fragments;
}
