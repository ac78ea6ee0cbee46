using System.Globalization;

namespace Trek.Assessment.Tumour;

/// <summary>
/// Target-lesion response at one follow-up visit. Every threshold is compared by multiplication in
/// <see cref="decimal"/>, never by a rounded percentage, so "exactly -30 %" is exactly PR.
/// </summary>
public static class TargetEvaluator
{
    /// <summary>
    /// RECIST 1.1 §4.3.1: the lesion's value is its longest diameter, or short axis for a node.
    /// RANO 2010 / 2.0: the product of the two perpendicular diameters. Null when not measured.
    /// </summary>
    public static decimal? Measure(LesionRecord lesion, ResponseCriteria criteria)
    {
        if (lesion.DiameterMm is not { } d1)
        {
            return null;
        }

        if (criteria == ResponseCriteria.Recist11)
        {
            return d1;
        }

        // A lesion that has disappeared may be recorded as 0 with the second diameter left empty.
        return d1 == 0 ? 0 : lesion.Diameter2Mm is { } d2 ? d1 * d2 : null;
    }

    public static TargetResult Evaluate(
        IReadOnlyList<LesionRecord> baselineTargets,
        IReadOnlyDictionary<string, LesionRecord> visitTargets,
        decimal baselineSum,
        decimal nadir,
        ResponseCriteria criteria)
    {
        var rano = criteria != ResponseCriteria.Recist11;
        var unit = rano ? "mm²" : "mm";
        decimal measured = 0;
        var missing = new List<string>();
        var values = new List<(LesionRecord Baseline, decimal Value)>();
        foreach (var target in baselineTargets)
        {
            if (visitTargets.TryGetValue(target.Lesion, out var now) && Measure(now, criteria) is { } value)
            {
                measured += value;
                values.Add((target, value));
            }
            else
            {
                missing.Add(target.Lesion);
            }
        }

        var pd = IsProgression(measured, nadir, rano);
        if (missing.Count > 0)
        {
            // RECIST 1.1 §4.4.2: with lesions missing the time point is NE, unless the measured lesions
            // alone already show PD (the missing ones could only add to the sum).
            var list = string.Join(", ", missing);
            return pd
                ? new TargetResult(null, ResponseCategory.ProgressiveDisease, $"target lesion(s) {list} not measured, but the measured ones alone sum to {F(measured)} {unit}, {Progression(measured, nadir, rano)} ({ResponseSources.Borrowed(criteria, "RECIST 1.1 §4.4.2")})")
                : new TargetResult(null, ResponseCategory.NotEvaluable, $"target lesion(s) {list} not measured: NE ({ResponseSources.Borrowed(criteria, "RECIST 1.1 §4.4.2")})");
        }

        if (pd)
        {
            return new TargetResult(measured, ResponseCategory.ProgressiveDisease, $"sum {F(measured)} {unit}: {Progression(measured, nadir, rano)}");
        }

        if (IsComplete(values, rano))
        {
            return new TargetResult(measured, ResponseCategory.CompleteResponse, rano
                ? "all enhancing target lesions disappeared (RANO 2010 Table 2)"
                : measured == 0
                    ? "all target lesions disappeared (RECIST 1.1 §4.3.1)"
                    : $"non-nodal targets disappeared and every nodal target is < 10 mm short axis; the sum {F(measured)} mm is not zero because nodes keep their short axis (RECIST 1.1 §4.3.1-4.3.2)");
        }

        var prFraction = rano ? 0.5m : 0.7m;
        var change = Pct(measured, baselineSum);
        if (measured <= prFraction * baselineSum)
        {
            return new TargetResult(measured, ResponseCategory.PartialResponse, rano
                ? $"sum of products {F(measured)} mm² is {F(change)} % from baseline {F(baselineSum)} mm² (PR needs a decrease >= 50 %, RANO 2010 Table 2)"
                : $"sum {F(measured)} mm is {F(change)} % from baseline {F(baselineSum)} mm (PR needs a decrease >= 30 %, RECIST 1.1 §4.3.1)");
        }

        var sinceNadir = measured - nadir;
        var nadirNote = nadir > 0 && sinceNadir > 0 ? $"; {F(Pct(measured, nadir))} % / +{F(sinceNadir)} {unit} from nadir {F(nadir)} {unit} is not PD ({(rano ? "needs >= 25 %" : "needs >= 20 % and >= 5 mm")})" : "";
        return new TargetResult(measured, ResponseCategory.StableDisease,
            $"sum {F(measured)} {unit} is {F(change)} % from baseline: neither PR nor PD{nadirNote} ({(rano ? "RANO 2010 Table 2" : "RECIST 1.1 §4.3.1")})");
    }

    /// <summary>
    /// RECIST 1.1 §4.3.1: PD is an increase of at least 20 % over the nadir AND at least 5 mm absolute.
    /// RANO 2010 Table 2: PD is an increase of at least 25 % in the sum of products over the nadir
    /// (no absolute floor; from a nadir of 0 any reappearing enhancement is an increase).
    /// </summary>
    public static bool IsProgression(decimal sum, decimal nadir, bool rano) => rano
        ? sum >= 1.25m * nadir && sum > nadir
        : sum >= 1.2m * nadir && sum - nadir >= 5m;

    private static bool IsComplete(List<(LesionRecord Baseline, decimal Value)> values, bool rano) =>

        // RECIST 1.1 §4.3.1: CR = disappearance of all non-nodal targets and every nodal target < 10 mm short axis.
        values.All(v => rano || !v.Baseline.Node ? v.Value == 0 : v.Value < 10m);

    private static string Progression(decimal sum, decimal nadir, bool rano)
    {
        var pct = nadir == 0 ? "new" : $"+{F(Pct(sum, nadir))} %";
        return rano
            ? $"{pct} from nadir {F(nadir)} mm² (PD needs >= 25 %, RANO 2010 Table 2)"
            : $"{pct} and +{F(sum - nadir)} mm from nadir {F(nadir)} mm (PD needs >= 20 % and >= 5 mm, RECIST 1.1 §4.3.1)";
    }

    public static decimal Pct(decimal value, decimal reference) => reference == 0 ? 0 : Math.Round((value - reference) / reference * 100m, 2);

    public static string F(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
