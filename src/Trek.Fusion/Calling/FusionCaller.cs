using Trek.Fusion.Filters;
using Trek.Fusion.Index;

namespace Trek.Fusion.Calling;

/// <summary>From merged evidence to annotated, filtered, ranked calls.</summary>
public sealed class FusionCaller(FusionIndex index, FusionOptions options)
{
    private readonly FusionAnnotator _annotator = new(index);

    public (List<FusionCall> Passed, List<FusionCall> Discarded) Call(EvidenceAggregator evidence)
    {
        var dedupe = !options.DisabledFilters.Contains("duplicates");
        var useHomology = !options.DisabledFilters.Contains("homology");
        var candidates = new List<(FusionCall Call, FilterInput Input)>();
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

        var pseudogenes = index.TranscriptsByGene
            .Where(g => g.Value.All(t => t.Biotype.Contains("pseudogene", StringComparison.Ordinal)))
            .Select(g => index.Genes[g.Key].Name).ToHashSet(StringComparer.Ordinal);
        var geneByName = index.Genes.GroupBy(g => g.Name).ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
        var repeat = candidates.Any(c => c.Input.FivePrime is not null && c.Call.SplitReads > 0) && !options.DisabledFilters.Contains("repeat")
            ? new RepeatFilter(RepeatMap.TryBuild(index.Transcripts), n => geneByName.GetValueOrDefault(n, -1))
            : null;
        var filters = FilterSet.Create(options, pseudogenes, repeat).Where(f => !options.DisabledFilters.Contains(f.Name)).ToList();
        foreach (var f in filters.OfType<NovelBackgroundFilter>())
        {
            f.Observe(candidates.Select(c => c.Call));
        }

        var passed = new List<FusionCall>();
        var discarded = new List<FusionCall>();
        foreach (var (call, input) in candidates)
        {
            foreach (var f in filters.Where(f => f.Removes(input)))
            {
                call.Filters.Add(f.Name);
                call.Discarded = true;
            }

            call.Confidence = ConfidenceRule.Assess(call, options);
            (call.Discarded ? discarded : passed).Add(call);
        }

        return (Rank(passed), Rank(discarded));
    }

    private static List<FusionCall> Rank(List<FusionCall> calls) =>
        [.. calls.OrderBy(c => c.ConfidenceRank).ThenByDescending(c => c.Support).ThenBy(c => c.Fusion, StringComparer.Ordinal).ThenBy(c => c.Breakpoint1, StringComparer.Ordinal).ThenBy(c => c.Breakpoint2, StringComparer.Ordinal)];

    private (FusionCall, FilterInput) FromSplit(SplitEvidence e, SupportSet? span, long fragments, bool dedupe, bool useHomology)
    {
        var rep = e.Representative;
        var (ta, pa) = _annotator.Choose5Prime(rep.TranscriptA, rep.PositionA);
        var (tb, pb) = _annotator.Choose3Prime(rep.TranscriptB, rep.PositionB);
        var frame = FusionAnnotator.ReadingFrame(ta, pa, tb, pb);
        var split = e.Support.Count(dedupe) + (useHomology ? 0 : e.Support.Homologous);
        var spanning = span?.Count(dedupe) ?? 0;
        var call = new FusionCall
        {
            Gene1 = index.Genes[ta.Gene].Name,
            Gene2 = index.Genes[tb.Gene].Name,
            Breakpoint1 = _annotator.Breakpoint(ta, pa),
            Breakpoint2 = _annotator.Breakpoint(tb, pb),
            Transcript1 = ta.Id,
            Transcript2 = tb.Id,
            Exon1 = FusionAnnotator.ExonNumber(ta, pa),
            Exon2 = FusionAnnotator.ExonNumber(tb, pb),
            Site1 = FusionAnnotator.Site(ta, pa, fivePrime: true),
            Site2 = FusionAnnotator.Site(tb, pb, fivePrime: false),
            SplitReads = split,
            SpanningPairs = spanning,
            Ffpm = Ffpm(split + spanning, fragments),
            ReadingFrame = frame,
            KinaseDomainRetained = _annotator.KinaseDomainRetained(tb, pb, frame),
            LargeAnchorSupport = e.BestAnchor >= options.LargeAnchor,
            Homology = e.MaxHomology,
            FusionTranscript = FusionAnnotator.FusionTranscript(FusionAnnotator.FivePrimeFlank(ta, pa), tb, pb),
        };
        AddReadLevel(call, (dedupe ? e.Support.Duplicates + (span?.Duplicates ?? 0) : 0), useHomology ? e.Support.Homologous : 0);
        return (call, new FilterInput(call, index.Genes[ta.Gene], index.Genes[tb.Gene], useHomology ? e.Support.Homologous : 0));
    }

    private (FusionCall, FilterInput) FromSpanning(int geneA, int geneB, SupportSet s, long fragments, bool dedupe)
    {
        var spanning = s.Count(dedupe);
        var call = new FusionCall
        {
            Gene1 = index.Genes[geneA].Name,
            Gene2 = index.Genes[geneB].Name,
            Breakpoint1 = ".",
            Breakpoint2 = ".",
            Transcript1 = ".",
            Transcript2 = ".",
            Exon1 = ".",
            Exon2 = ".",
            Site1 = ".",
            Site2 = ".",
            SplitReads = 0,
            SpanningPairs = spanning,
            Ffpm = Ffpm(spanning, fragments),
            ReadingFrame = ".",
            KinaseDomainRetained = ".",
            LargeAnchorSupport = false,
            Homology = 0,
            FusionTranscript = ".",
        };
        AddReadLevel(call, dedupe ? s.Duplicates : 0, 0);
        return (call, new FilterInput(call, index.Genes[geneA], index.Genes[geneB], 0));
    }

    /// <summary>A partner-unknown call; with <paramref name="partner"/>, the 5' gene is the one spanning pairs point to, its break not on an annotated exon.</summary>
    private (FusionCall, FilterInput) FromNovel(NovelEvidence e, long fragments, bool dedupe, int? partner, SupportSet? span)
    {
        var (tb, pb) = _annotator.Choose3Prime(e.Transcript, e.Position);
        var consensus = NovelPartnerAssembler.Consensus(e.Prefixes.Values);
        var split = e.Support.Count(dedupe);
        var spanning = span?.Count(dedupe) ?? 0;
        var call = new FusionCall
        {
            Gene1 = partner is { } p ? index.Genes[p].Name : ".",
            Gene2 = index.Genes[tb.Gene].Name,
            Breakpoint1 = ".",
            Breakpoint2 = _annotator.Breakpoint(tb, pb),
            Transcript1 = ".",
            Transcript2 = tb.Id,
            Exon1 = ".",
            Exon2 = FusionAnnotator.ExonNumber(tb, pb),
            Site1 = ".",
            Site2 = FusionAnnotator.Site(tb, pb, fivePrime: false),
            SplitReads = split,
            SpanningPairs = spanning,
            Ffpm = Ffpm(split + spanning, fragments),
            ReadingFrame = ".",
            KinaseDomainRetained = _annotator.KinaseDomainRetained(tb, pb, "."),
            LargeAnchorSupport = consensus.Length >= options.LargeAnchor,
            Homology = 0,
            FusionTranscript = FusionAnnotator.FusionTranscript(consensus, tb, pb),
        };
        AddReadLevel(call, dedupe ? e.Support.Duplicates + (span?.Duplicates ?? 0) : 0, 0);
        return (call, new FilterInput(call, partner is { } q ? index.Genes[q] : null, index.Genes[tb.Gene], 0));
    }

    private static void AddReadLevel(FusionCall call, long duplicates, long homologous)
    {
        if (duplicates > 0)
        {
            call.Filters.Add($"duplicates({duplicates})");
        }

        if (homologous > 0)
        {
            call.Filters.Add($"homology({homologous})");
        }
    }

    /// <summary>Fusion fragments per million fragments sequenced (STAR-Fusion's FFPM).</summary>
    private static double Ffpm(long support, long fragments) => fragments == 0 ? 0 : support * 1e6 / fragments;
}
