using Trek.Core;

namespace Trek.Reports.Cohort;

/// <summary>
/// Joins the sample sheet with each sample's fusions.tsv and stats JSON (matched by the sample name written
/// inside them, never by file order), checks that the three agree, and computes the cohort tables.
/// </summary>
public static class CohortBuilder
{
    private static readonly string[] NtrkGenes = ["NTRK1", "NTRK2", "NTRK3"];

    /// <exception cref="InvalidParameterException">An excluded sample is not in the sheet.</exception>
    /// <exception cref="InputException">The sheet, tables and stats files disagree.</exception>
    public static CohortSummary Build(IReadOnlyList<SheetEntry> sheet, IReadOnlyCollection<string> exclude, IReadOnlyList<SampleFusions> fusions, IReadOnlyList<RunStats> stats)
    {
        foreach (var name in exclude.Where(x => sheet.All(e => e.Sample != x)))
        {
            throw new InvalidParameterException("excluded sample", $"{name}: no such sample in the sheet");
        }

        var byName = Unique(fusions, f => f.Sample, f => f.Source, "fusions table");
        var statsByName = Unique(stats, s => s.Sample, s => s.Sample, "stats file");
        var samples = new List<CohortSample>();
        foreach (var entry in sheet.Where(e => !exclude.Contains(e.Sample)))
        {
            var table = byName.GetValueOrDefault(entry.Sample) ?? throw new InputException($"sample '{entry.Sample}' of the sheet has no fusions table (give it, or exclude it from the cohort)");
            var run = statsByName.GetValueOrDefault(entry.Sample) ?? throw new InputException($"sample '{entry.Sample}' of the sheet has no stats file (give it, or exclude it from the cohort)");
            Check(table, run);
            samples.Add(new CohortSample(entry, table, run));
        }

        var stray = byName.Keys.Concat(statsByName.Keys).FirstOrDefault(n => samples.All(s => s.Name != n));
        if (stray is not null)
        {
            throw new InputException($"sample '{stray}' has results but is not in the sheet (or is excluded)");
        }

        var matrix = new Dictionary<(string, string), CohortCall>();
        foreach (var s in samples)
        {
            foreach (var call in s.Fusions.Calls)
            {
                if (!matrix.TryGetValue((s.Name, call.Key), out var held) || Stronger(call, held))
                {
                    matrix[(s.Name, call.Key)] = call;
                }
            }
        }

        var keys = matrix.Keys.GroupBy(k => k.Item2).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return new CohortSummary(samples, sheet.Where(e => exclude.Contains(e.Sample)).ToList(), keys, matrix, Recurrent(samples, keys, matrix), Partners(samples, matrix), Qc(samples));
    }

    /// <summary>The call a matrix cell shows when a sample has several for one fusion (other breakpoints): higher confidence, then more fragments, then higher FFPM.</summary>
    private static bool Stronger(CohortCall a, CohortCall b) =>
        a.Confidence != b.Confidence ? a.Confidence > b.Confidence : a.Support != b.Support ? a.Support > b.Support : a.Ffpm > b.Ffpm;

    private static Dictionary<string, T> Unique<T>(IReadOnlyList<T> items, Func<T, string> name, Func<T, string> where, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!map.TryAdd(name(item), item))
            {
                throw new InputException($"two {what}s for sample '{name(item)}' ({where(map[name(item)])} and {where(item)})");
            }
        }

        return map;
    }

    private static void Check(SampleFusions table, RunStats run)
    {
        var high = table.Calls.Count(c => c.Confidence == CallConfidence.High);
        var medium = table.Calls.Count(c => c.Confidence == CallConfidence.Medium);
        var low = table.Calls.Count(c => c.Confidence == CallConfidence.Low);
        if (run.PairsRead != table.Fragments || run.Calls != new RunStatsCalls(high, medium, low))
        {
            throw new InputException($"sample '{table.Sample}': stats say {run.PairsRead} pairs and calls high={run.Calls.High} medium={run.Calls.Medium} low={run.Calls.Low}, "
                + $"but {table.Source} has {table.Fragments} pairs and high={high} medium={medium} low={low}: files from different runs?");
        }
    }

    private static List<RecurrentFusion> Recurrent(List<CohortSample> samples, List<string> keys, Dictionary<(string, string), CohortCall> matrix)
    {
        var list = new List<RecurrentFusion>();
        foreach (var key in keys)
        {
            var calls = samples.Where(s => matrix.ContainsKey((s.Name, key))).Select(s => (s.Name, Call: matrix[(s.Name, key)])).ToList();
            if (calls.Count >= 2)
            {
                var first = calls[0].Call;
                list.Add(new RecurrentFusion(key, first.Gene1, first.Gene2, calls.Select(c => c.Name).ToList(), (double)calls.Count / samples.Count, calls.Max(c => c.Call.Confidence), calls.Max(c => c.Call.Ffpm)));
            }
        }

        return list;
    }

    private static List<NtrkPartner> Partners(List<CohortSample> samples, Dictionary<(string, string), CohortCall> matrix)
    {
        var found = new Dictionary<(string Ntrk, string? Partner, PartnerSide Side, string Key), List<string>>();
        foreach (var s in samples)
        {
            foreach (var call in s.Fusions.Calls)
            {
                foreach (var (ntrk, partner, side) in Sides(call))
                {
                    var slot = (ntrk, partner, side, call.Key);
                    if (!found.TryGetValue(slot, out var names))
                    {
                        found[slot] = names = [];
                    }

                    if (!names.Contains(s.Name))
                    {
                        names.Add(s.Name);
                    }
                }
            }
        }

        return found.Select(kv => new NtrkPartner(kv.Key.Ntrk, kv.Key.Partner, kv.Key.Side, kv.Key.Key, kv.Value))
            .OrderBy(p => p.NtrkGene, StringComparer.Ordinal).ThenByDescending(p => p.Samples.Count).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<(string Ntrk, string? Partner, PartnerSide Side)> Sides(CohortCall call)
    {
        if (call.Gene2 is { } g2 && NtrkGenes.Contains(g2))
        {
            yield return (g2, call.Gene1, PartnerSide.FivePrime);
        }

        if (call.Gene1 is { } g1 && NtrkGenes.Contains(g1) && g1 != call.Gene2)
        {
            yield return (g1, call.Gene2, PartnerSide.ThreePrime);
        }
    }

    private static List<SampleQc> Qc(List<CohortSample> samples)
    {
        static double Fraction(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
        var depth = RobustZ.Scores(samples.Select(s => Math.Log10(s.Stats.PairsRead + 1)).ToList());
        var onIndex = RobustZ.Scores(samples.Select(s => Fraction(s.Stats.PairsOnIndex, s.Stats.PairsRead)).ToList());
        var dups = RobustZ.Scores(samples.Select(s => Fraction(s.Stats.DuplicateFragments, s.Stats.PairsOnIndex)).ToList());
        return samples.Select((s, i) => new SampleQc(
            s.Name, s.Stats.PairsRead, s.Stats.PairsOnIndex, Fraction(s.Stats.PairsOnIndex, s.Stats.PairsRead), s.Stats.DuplicateFragments,
            Fraction(s.Stats.DuplicateFragments, s.Stats.PairsOnIndex), s.Stats.Calls, s.Stats.Discarded, depth[i], onIndex[i], dups[i])).ToList();
    }
}
