using Trek.Core;

namespace Trek.Assessment.Tumour;

/// <summary>
/// Derives every visit's response and the best overall response of one subject. The rows must be in
/// date order; the first date is baseline (docs/assessment.md).
/// </summary>
public static class SubjectAssessor
{
    public static SubjectResponse Assess(string source, string subject, IReadOnlyList<LesionRecord> rows, ResponseOptions options)
    {
        var criteria = options.Criteria;
        var byDate = rows.GroupBy(r => r.Date).Select(g => g.ToList()).ToList();
        var baseline = byDate[0];
        BaselineValidator.Validate(source, subject, baseline, criteria);
        CheckUnique(source, subject, rows);

        var firstDose = FirstDose(source, subject, rows) ?? baseline[0].Date;
        var targets = baseline.Where(l => l.Kind == LesionKind.Target).ToList();
        var nonTargets = baseline.Where(l => l.Kind == LesionKind.NonTarget).ToList();
        decimal? baselineSum = targets.Count == 0 ? null : targets.Sum(t => TargetEvaluator.Measure(t, criteria)!.Value);
        var baselineSteroid = baseline.Select(l => l.SteroidDoseMg).FirstOrDefault(d => d is not null) ?? 0m;
        var nadir = baselineSum;

        var visits = new List<VisitAssessment>();
        var equivocalSince = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? backdated = null;
        DateOnly? crSince = null;
        var crConfirmed = false;
        foreach (var visit in byDate.Skip(1))
        {
            var date = visit[0].Date;
            var visitTargets = Index(source, subject, visit, LesionKind.Target, targets);
            var visitNonTargets = Index(source, subject, visit, LesionKind.NonTarget, nonTargets);
            var reasons = new List<string>();

            TargetResult? target = baselineSum is { } b ? TargetEvaluator.Evaluate(targets, visitTargets, b, nadir!.Value, criteria) : null;
            if (target is not null)
            {
                reasons.Add(target.Reason);
            }

            var (nonTarget, nonTargetReason) = NonTargetEvaluator.Evaluate(nonTargets, visitNonTargets, criteria);
            if (nonTargetReason.Length > 0)
            {
                reasons.Add(nonTargetReason);
            }

            var newRows = visit.Where(l => l.Kind == LesionKind.New).ToList();
            var unequivocal = newRows.Where(l => l.Status != LesionStatus.Equivocal).ToList();
            foreach (var e in newRows.Where(l => l.Status == LesionStatus.Equivocal))
            {
                equivocalSince.TryAdd(e.Lesion, date);
                reasons.Add($"new lesion {e.Lesion} equivocal: not PD yet ({ResponseSources.Borrowed(criteria, "RECIST 1.1 §4.3.5")})");
            }

            foreach (var n in unequivocal)
            {
                reasons.Add($"new lesion {n.Lesion}");
                if (backdated is null && equivocalSince.TryGetValue(n.Lesion, out var since) && since < date)
                {
                    // RECIST 1.1 §4.3.5: once confirmed, progression dates from the scan that first showed the lesion.
                    backdated = since;
                    reasons.Add($"first seen (equivocal) on {since:yyyy-MM-dd}: progression dated then ({ResponseSources.Borrowed(criteria, "RECIST 1.1 §4.3.5")})");
                }
            }

            var (overall, rule) = OverallResponseTable.Combine(target?.Response, nonTarget, unequivocal.Count > 0, criteria);
            if (criteria == ResponseCriteria.Recist11 && crSince is { } since2 && overall != ResponseCategory.ProgressiveDisease)
            {
                var back = ReappearanceRule.Reappeared(targets, visitTargets, nonTargets, visitNonTargets);
                if (back.Count > 0 && crConfirmed)
                {
                    (overall, rule) = (ResponseCategory.ProgressiveDisease, "reappearance after CR");
                    reasons.Add($"lesion(s) {string.Join(", ", back)} reappeared after the CR confirmed since {since2:yyyy-MM-dd}: PD (RECIST 1.1; EORTC RECIST FAQ)");
                }
                else if (back.Count > 0)
                {
                    reasons.Add($"lesion(s) {string.Join(", ", back)} reappeared after an unconfirmed CR: not PD by itself (EORTC RECIST FAQ recommends a confirmed CR)");
                }
            }

            var steroid = visit.Select(l => l.SteroidDoseMg).FirstOrDefault(d => d is not null);
            var clinical = visit.Select(l => l.Clinical).FirstOrDefault(c => c is not null);
            var reason = $"{rule}: {string.Join("; ", reasons)}";
            if (options.IsRano)
            {
                (overall, reason) = RanoClinicalRules.Apply(overall, reason, steroid, baselineSteroid, clinical);
            }

            var sum = target?.Sum;
            visits.Add(new VisitAssessment(
                date,
                date.DayNumber - firstDose.DayNumber,
                sum,
                sum is { } s && baselineSum is { } bs ? TargetEvaluator.Pct(s, bs) : null,
                nadir,
                sum is { } s2 && nadir is { } n2 && n2 > 0 ? TargetEvaluator.Pct(s2, n2) : null,
                sum is { } s3 && nadir is { } n3 ? s3 - n3 : null,
                target?.Response,
                nonTarget,
                unequivocal.Count > 0,
                steroid,
                clinical,
                overall,
                reason));
            // The current run of CR time points (NE does not break it) and whether it is confirmed (RECIST 1.1 §4.6.1).
            if (overall == ResponseCategory.CompleteResponse)
            {
                crSince ??= date;
                crConfirmed |= date.DayNumber - crSince.Value.DayNumber >= options.ConfirmationDays;
            }
            else if (overall != ResponseCategory.NotEvaluable)
            {
                (crSince, crConfirmed) = (null, false);
            }

            if (sum is { } complete && complete < nadir)
            {
                nadir = complete;
            }
        }

        var firstPd = visits.FirstOrDefault(v => v.OverallResponse == ResponseCategory.ProgressiveDisease)?.Date;
        var progression = backdated is { } bd && firstPd is { } fp && bd < fp ? bd : firstPd;
        var best = BestResponseDeriver.Derive(visits, targets.Count > 0, progression, options);
        var bestChange = visits
            .TakeWhile(v => firstPd is null || v.Date <= firstPd)
            .Where(v => v.ChangeFromBaselinePct is not null)
            .Select(v => v.ChangeFromBaselinePct)
            .Min();
        return new SubjectResponse(subject, criteria, baseline[0].Date, firstDose, baselineSum, options.IsRano ? "mm2" : "mm",
            targets.Count, nonTargets.Count, visits, best.Confirmed, best.Date, best.Reason, best.Unconfirmed,
            best.FirstResponseDate, best.ConfirmationDate, progression, bestChange);
    }

    private static Dictionary<string, LesionRecord> Index(string source, string subject, List<LesionRecord> visit, LesionKind kind, List<LesionRecord> baseline)
    {
        var known = baseline.Select(b => b.Lesion).ToHashSet(StringComparer.Ordinal);
        var index = new Dictionary<string, LesionRecord>(StringComparer.Ordinal);
        foreach (var row in visit.Where(l => l.Kind == kind))
        {
            if (!known.Contains(row.Lesion))
            {
                var kindText = kind == LesionKind.Target ? "target" : "nontarget";
                throw InputException.At(source, row.Line, $"subject {subject}: lesion {row.Lesion} is a {kindText} on {row.Date:yyyy-MM-dd} but not a baseline {kindText}; lesions found after baseline have kind=new (RECIST 1.1 §4.3.5)");
            }

            index[row.Lesion] = row;
        }

        return index;
    }

    private static void CheckUnique(string source, string subject, IReadOnlyList<LesionRecord> rows)
    {
        var seen = new HashSet<(DateOnly, string)>();
        foreach (var row in rows.Where(r => !seen.Add((r.Date, r.Lesion))))
        {
            throw InputException.At(source, row.Line, $"subject {subject}: lesion {row.Lesion} appears twice on {row.Date:yyyy-MM-dd}");
        }
    }

    private static DateOnly? FirstDose(string source, string subject, IReadOnlyList<LesionRecord> rows)
    {
        var given = rows.Where(r => r.FirstDose is not null).ToList();
        if (given.Select(r => r.FirstDose).Distinct().Skip(1).Any())
        {
            throw InputException.At(source, given.First(r => r.FirstDose != given[0].FirstDose).Line, $"subject {subject}: first_dose differs between rows");
        }

        return given.Count > 0 ? given[0].FirstDose : null;
    }
}
