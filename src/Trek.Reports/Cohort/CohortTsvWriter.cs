using static Trek.Reports.Cohort.CohortText;

namespace Trek.Reports.Cohort;

/// <summary>
/// The cohort tables, TSV with a `#` header and "." for missing (the fusions.tsv conventions), so R's
/// read.delim(comment.char="") / pandas read_csv(sep="\t") read them after dropping the '#'.
/// </summary>
public static class CohortTsvWriter
{
    /// <summary>
    /// Wide matrix: one row per sample; for each fusion four columns `FUSION|split_reads`, `|spanning_pairs`,
    /// `|ffpm`, `|confidence` from the sample's strongest call of that fusion; "." in all four when the sample has no such call.
    /// </summary>
    public static void WriteMatrix(TextWriter w, CohortSummary cohort)
    {
        string[] metrics = ["split_reads", "spanning_pairs", "ffpm", "confidence"];
        w.Write("#sample\ttumour_type\tbatch");
        foreach (var f in cohort.Fusions)
        {
            foreach (var m in metrics)
            {
                w.Write($"\t{f}|{m}");
            }
        }

        w.Write('\n');
        foreach (var s in cohort.Samples)
        {
            w.Write($"{s.Name}\t{Or(s.Entry.TumourType)}\t{Or(s.Entry.Batch)}");
            foreach (var f in cohort.Fusions)
            {
                w.Write(cohort.Matrix.TryGetValue((s.Name, f), out var c)
                    ? $"\t{Count(c.SplitReads)}\t{Count(c.SpanningPairs)}\t{Ffpm(c.Ffpm)}\t{Of(c.Confidence)}"
                    : "\t.\t.\t.\t.");
            }

            w.Write('\n');
        }
    }

    /// <summary>Long (tidy) table: one row per call of every sample, every breakpoint kept.</summary>
    public static void WriteLong(TextWriter w, CohortSummary cohort)
    {
        w.Write("#sample\ttumour_type\tbatch\tfusion\tgene1\tgene2\tbreakpoint1\tbreakpoint2\texon1\texon2\tsplit_reads\tspanning_pairs\tffpm\treading_frame\tkinase_domain_retained\tconfidence\n");
        foreach (var s in cohort.Samples)
        {
            foreach (var c in s.Fusions.Calls)
            {
                w.Write($"{s.Name}\t{Or(s.Entry.TumourType)}\t{Or(s.Entry.Batch)}\t{c.Key}\t{Or(c.Gene1)}\t{Or(c.Gene2)}\t{Or(c.Breakpoint1)}\t{Or(c.Breakpoint2)}\t{Or(c.Exon1)}\t{Or(c.Exon2)}\t"
                    + $"{Count(c.SplitReads)}\t{Count(c.SpanningPairs)}\t{Ffpm(c.Ffpm)}\t{Or(c.ReadingFrame)}\t{Or(c.KinaseDomainRetained)}\t{Of(c.Confidence)}\n");
            }
        }
    }

    /// <summary>Fusions called in at least two samples, most frequent first.</summary>
    public static void WriteRecurrent(TextWriter w, CohortSummary cohort)
    {
        w.Write("#fusion\tgene1\tgene2\tsamples\tfraction\tbest_confidence\tmax_ffpm\tsample_names\n");
        foreach (var r in cohort.Recurrent)
        {
            w.Write($"{r.Key}\t{Or(r.Gene1)}\t{Or(r.Gene2)}\t{Count(r.Samples.Count)}\t{Fraction(r.Fraction)}\t{Of(r.Best)}\t{Ffpm(r.MaxFfpm)}\t{string.Join(',', r.Samples)}\n");
        }
    }

    /// <summary>Partners of NTRK1/2/3, per gene, most samples first; partner "." when unknown (novel-partner calls).</summary>
    public static void WriteNtrkPartners(TextWriter w, CohortSummary cohort)
    {
        w.Write("#ntrk_gene\tpartner\tpartner_side\tfusion\tsamples\tsample_names\n");
        foreach (var p in cohort.NtrkPartners)
        {
            w.Write($"{p.NtrkGene}\t{Or(p.Partner)}\t{Of(p.Side)}\t{p.Key}\t{Count(p.Samples.Count)}\t{string.Join(',', p.Samples)}\n");
        }
    }

    /// <summary>Per-sample QC with the modified z-scores and the outlier flags (rule: <see cref="RobustZ"/>).</summary>
    public static void WriteQc(TextWriter w, CohortSummary cohort)
    {
        w.Write($"##outlier_rule=modified z-score M = {RobustZ.Consistency} (x - median) / MAD, outlier when |M| > {RobustZ.Threshold} (Iglewicz and Hoaglin 1993); depth as log10(pairs_read + 1); '.' when MAD = 0 or fewer than 3 samples\n");
        w.Write("#sample\ttumour_type\tbatch\tpairs_read\tpairs_on_index\ton_index_fraction\tduplicate_fragments\tduplicate_fraction\tcalls_high\tcalls_medium\tcalls_low\tdiscarded\tz_pairs_read\tz_on_index_fraction\tz_duplicate_fraction\toutliers\n");
        foreach (var (q, s) in cohort.Qc.Zip(cohort.Samples))
        {
            w.Write($"{q.Sample}\t{Or(s.Entry.TumourType)}\t{Or(s.Entry.Batch)}\t{Count(q.PairsRead)}\t{Count(q.PairsOnIndex)}\t{Fraction(q.OnIndexFraction)}\t{Count(q.DuplicateFragments)}\t{Fraction(q.DuplicateFraction)}\t"
                + $"{Count(q.Calls.High)}\t{Count(q.Calls.Medium)}\t{Count(q.Calls.Low)}\t{Count(q.Discarded)}\t{Score(q.DepthScore)}\t{Score(q.OnIndexScore)}\t{Score(q.DuplicateScore)}\t"
                + $"{(q.Outliers.Count == 0 ? "." : string.Join(',', q.Outliers))}\n");
        }
    }
}
