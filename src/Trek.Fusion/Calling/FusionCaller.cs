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

        var largeAnchor = LargeAnchor(evidence);
        foreach (var (key, e) in evidence.Splits.OrderBy(kv => kv.Key.GeneA).ThenBy(kv => kv.Key.GeneB).ThenBy(kv => kv.Key.LocusA).ThenBy(kv => kv.Key.LocusB))
        {
            var span = strongest[(key.GeneA, key.GeneB)] == key && evidence.Spanning.TryGetValue((key.GeneA, key.GeneB), out var s) ? s : null;
            candidates.Add(FromSplit(key, e, span, evidence.Fragments, dedupe, useHomology, largeAnchor));
        }

        var contigs = PartnerContigs(evidence, dedupe);
        var claimed = new HashSet<PartnerContig>();
        foreach (var ((geneA, geneB), s) in evidence.Spanning.OrderBy(kv => kv.Key))
        {
            if (strongest.ContainsKey((geneA, geneB)))
            {
                continue;
            }

            if (JoinSpanning(contigs, claimed, geneA, geneB) is { } j)
            {
                claimed.Add(j.Contig);
                candidates.Add(FromNovel(j, evidence.Fragments, dedupe, largeAnchor, (geneA, geneB), s));
            }
            else
            {
                candidates.Add(FromSpanning(geneA, geneB, s, evidence.Fragments, dedupe));
            }
        }

        foreach (var site in contigs.Where(c => !claimed.Contains(c.Contig)))
        {
            candidates.Add(FromNovel(site, evidence.Fragments, dedupe, largeAnchor, null, null));
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
        var repeat = new RepeatFilter(index.Repeats.Built ? index.Repeats : null);
        var filters = FilterSet.Create(options, pseudogenes, repeat, index.TranscriptsByGene);
        foreach (var f in filters.OfType<NovelBackgroundFilter>())
        {
            f.Observe(candidates, ExonStarts);
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
        var known = candidates.Select(c => options.KnownFusions.Match(c.Call) is not null).ToArray();
        var byId = filters.ToDictionary(f => f.Id);
        foreach (var id in Enum.GetValues<FilterId>().Where(id => !options.DisabledFilters.Contains(id)))
        {
            if (byId.TryGetValue(id, out var filter))
            {
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (filter.Removes(candidates[i]) && !(known[i] && KnownExempt(id, candidates[i].Call)))
                    {
                        remaining -= removedBy[i].Count == 0 ? 1 : 0;
                        removedBy[i].Add(filter switch
                        {
                            NovelBackgroundFilter nb => nb.Verdict(candidates[i]),
                            BlacklistFilter bl => bl.Verdict(candidates[i]),
                            SameGeneFilter sg => sg.Verdict(candidates[i])!.Value,
                            _ => FilterVerdict.CallRemoved(id),
                        });
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
                Known = known[i],
            };
            (call.Discarded ? discarded : passed).Add(call);
        }

        return new CallSet(Rank(passed), Rank(discarded), stages);
    }

    /// <summary>
    /// Arriba's known-fusion recovery (recover_known_fusions.cpp): a listed fusion is not removed for low support,
    /// relative (novel_background, Trek's relative_support) or absolute (min_support) as long as it has at least
    /// two supporting fragments; every other filter still applies (an artefact stays an artefact).
    /// </summary>
    private static bool KnownExempt(FilterId id, FusionCall call) =>
        id == FilterId.NovelBackground || (id == FilterId.MinSupport && call.Support >= FusionOptions.KnownFusionMinSupport);

    /// <summary>Best first: confidence, then support (descending), then fusion name, then the 5' and 3' breaks (contig, position).</summary>
    private static List<FusionCall> Rank(List<FusionCall> calls) =>
        [.. calls.OrderBy(c => c.Confidence).ThenByDescending(c => c.Support).ThenBy(c => c.Fusion, StringComparer.Ordinal)
            .ThenBy(c => c.Break1, JunctionSideOrder.Instance).ThenBy(c => c.Break2, JunctionSideOrder.Instance)];

    /// <summary>
    /// Every partner-unknown site's reads assembled into one contig per partner (<see cref="PartnerAssembler"/>).
    /// A contig at the 3' break of a split-read junction whose sequence is that junction's 5' gene is the same
    /// junction seen through reads too short to place the partner: it is not a second call.
    /// </summary>
    private List<PartnerSite> PartnerContigs(EvidenceAggregator evidence, bool dedupe)
    {
        var splitPartners = evidence.Splits.Keys.GroupBy(k => (k.GeneB, k.LocusB)).ToDictionary(g => g.Key, g => g.Select(k => k.GeneA).Distinct().ToList());
        var contigs = new List<PartnerSite>();
        foreach (var (key, e) in evidence.Novel.OrderBy(kv => kv.Key))
        {
            foreach (var contig in PartnerAssembler.Assemble(e.Prefixes))
            {
                if (splitPartners.TryGetValue(key, out var fivePrimes) && fivePrimes.Any(g => PartnerMatcher.Match(contig.Sequence, index.TranscriptsByGene[g]) is not null))
                {
                    continue;
                }

                contigs.Add(new PartnerSite(key, e, contig, ContigSupport(e, contig, dedupe), null));
            }
        }

        return contigs;
    }

    /// <summary>
    /// Spanning pairs name the 5' partner of a 3' gene without split reads; a partner-unknown contig on the 3'
    /// gene joins them only when its sequence is that partner's (exact 5' break where the match ends), or, failing
    /// that, when it is the 3' gene's own intron (ends like a splice acceptor: EML4::ALK variants enter ALK through
    /// intron 19; the first retained exon is then the 3' break). NPM1's reads at ALK exon 20 never join EML4::ALK.
    /// </summary>
    private PartnerSite? JoinSpanning(List<PartnerSite> contigs, HashSet<PartnerContig> claimed, int geneA, int geneB)
    {
        var onB = contigs.Where(c => index.Transcripts[c.Site.Transcript].Gene == geneB && !claimed.Contains(c.Contig)).ToList();
        var matched = onB.Select(c => c with { Match = PartnerMatcher.Match(c.Contig.Sequence, index.TranscriptsByGene[geneA]) })
            .Where(c => c.Match is not null).OrderByDescending(c => c.Support).ThenBy(c => c.Contig.Signatures[0]).FirstOrDefault();
        return matched ?? onB.Where(c => Filters.SpliceAcceptorFilter.LooksLikeAcceptor(Core.Sequences.Dna.Decode(c.Contig.Sequence)))
            .OrderByDescending(c => c.Support).ThenBy(c => c.Contig.Signatures[0]).FirstOrDefault();
    }

    /// <summary>A contig's share of its site's fragments: the kept 5' parts (up to 256 per site) are a sample of the site's reads.</summary>
    private static long ContigSupport(NovelEvidence e, PartnerContig contig, bool dedupe)
    {
        var total = e.Support.Count(dedupe);
        return e.Prefixes.Count == 0 ? 0 : e.Prefixes.Count >= total ? contig.Reads : (long)Math.Round((double)contig.Reads * total / e.Prefixes.Count);
    }

    /// <summary>
    /// Large-anchor length scaled to the reads: STAR-Fusion's 25 bases on each side for reads of 100 bp and
    /// more, a quarter of the read for shorter ones (13 of a 50-bp read), so short-read runs can reach high.
    /// </summary>
    private int LargeAnchor(EvidenceAggregator evidence) =>
        evidence.MaxReadLength <= 0 ? options.LargeAnchor : Math.Min(options.LargeAnchor, (evidence.MaxReadLength + 3) / 4);

    /// <summary>Distinct internal exon starts of a gene over its isoforms: the sites unspliced pre-mRNA can show up at.</summary>
    private int ExonStarts(int gene) =>
        !index.TranscriptsByGene.TryGetValue(gene, out var ts) ? 0
            : ts.SelectMany(t => t.Exons.Skip(1).Select(e => t.GenomePosition(e.TxStart) is var g && g >= 0 ? g : -(((long)t.Index << 24) | (uint)e.TxStart) - 1)).Distinct().Count();

    private FusionCandidate FromSplit(JunctionKey key, SplitEvidence e, SupportSet? span, long fragments, bool dedupe, bool useHomology, int largeAnchor)
    {
        var rep = e.Representative;
        var (ta, pa) = _annotator.Choose5Prime(rep.TranscriptA, rep.PositionA);
        var (tb, pb) = _annotator.Choose3Prime(rep.TranscriptB, rep.PositionB);
        var frame = FusionAnnotator.Frame(ta, pa, tb, pb);
        var split = useHomology ? e.Support.Count(dedupe) : e.Support.CountWithHomologous(dedupe);
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
            LargeAnchorSupport = e.BestAnchor >= largeAnchor,
            Homology = e.MaxHomology,
            Junction = FusionAnnotator.Junction(FusionAnnotator.FivePrimeFlank(ta, pa), tb, pb),
            Verdicts = ReadLevel(dedupe ? (useHomology ? e.Support.Duplicates : e.Support.DuplicatesWithHomologous) + (span?.Duplicates ?? 0) : 0, useHomology ? e.Support.Homologous : 0),
            Sources = new CallSources(key, span is null ? null : (key.GeneA, key.GeneB), null, null, (ta.Index, pa), (tb.Index, pb)),
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
            Sources = new CallSources(null, (geneA, geneB), null, null, null, null),
        };
        return new FusionCandidate(call, 0);
    }

    /// <summary>
    /// A call from one partner contig: partner unknown, or with <paramref name="partner"/> the 5' gene that spanning
    /// pairs name. When the contig matched that gene the 5' break is where the match ends; bases between it and
    /// the 3' exon (intron) stay in the 5' part of the junction sequence.
    /// </summary>
    private FusionCandidate FromNovel(PartnerSite site, long fragments, bool dedupe, int largeAnchor, (int GeneA, int GeneB)? pair, SupportSet? span)
    {
        var e = site.Site;
        var (tb, pb) = _annotator.Choose3Prime(e.Transcript, e.Position);
        var spanning = span?.Count(dedupe) ?? 0;
        var five = site.Match is { } m ? _annotator.Choose5Prime(m.Transcript.Index, m.LastBase) : ((Annotation.Transcript T, int P)?)null;
        var frame = five is { } f && site.Match!.Unmatched == 0 ? FusionAnnotator.Frame(f.T, f.P, tb, pb) : ReadingFrame.Unknown;
        var call = new FusionCall
        {
            Gene1 = pair is { } p ? index.Genes[p.GeneA] : null,
            Gene2 = index.Genes[tb.Gene],
            Break1 = five is { } a ? _annotator.Side(a.T, a.P, fivePrime: true) : null,
            Break2 = _annotator.Side(tb, pb, fivePrime: false),
            SplitReads = site.Support,
            SpanningPairs = spanning,
            Ffpm = Ffpm(site.Support + spanning, fragments),
            Frame = frame,
            KinaseDomain = _annotator.KinaseDomain(tb, pb, frame),
            LargeAnchorSupport = site.Contig.Length >= largeAnchor,
            Homology = 0,
            Junction = FusionAnnotator.Junction(site.Contig.Sequence, tb, pb),
            Partner = site.Contig,
            Verdicts = ReadLevel(dedupe ? e.Support.Duplicates + (span?.Duplicates ?? 0) : 0, 0),
            Sources = new CallSources(null, pair, site.Key, site.Contig, null, (tb.Index, pb)),
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
