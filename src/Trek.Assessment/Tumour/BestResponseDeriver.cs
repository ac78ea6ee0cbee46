namespace Trek.Assessment.Tumour;

/// <summary>
/// Best overall response from the time-point responses (RECIST 1.1 §4.4.3 and Table 3, §4.6.1).
/// Only assessments up to and including the first PD count ("the best response recorded from the start
/// of the treatment until disease progression", §4.4.3). Order of the rules:
/// 1. CR confirmed by a CR at least <see cref="ResponseOptions.ConfirmationDays"/> later, with only CR or NE between.
/// 2. PR: a CR or PR confirmed by a CR or PR at least that many days later, with only CR/PR/NE between
///    (PR then CR gives PR; CR then PR is read as the footnote of Table 3 allows: the first "CR" was a PR).
/// 3. SD: any CR/PR/SD (or NON-CR/NON-PD without targets) at least <see cref="ResponseOptions.SdMinimumDays"/>
///    days after first dose (Table 3: an unconfirmed response counts as SD only if the SD minimum is met).
/// 4. PD if progression was observed; otherwise NE.
/// </summary>
public static class BestResponseDeriver
{
    public static BestResponse Derive(IReadOnlyList<VisitAssessment> visits, bool hasTargets, DateOnly? progressionDate, ResponseOptions options)
    {
        var considered = visits.TakeWhile(v => v.OverallResponse != ResponseCategory.ProgressiveDisease && (progressionDate is null || v.Date < progressionDate)).ToList();
        var pd = visits.FirstOrDefault(v => v.OverallResponse == ResponseCategory.ProgressiveDisease);
        var unconfirmed = Unconfirmed(considered, hasTargets, pd is not null, options);

        var cr = FindConfirmed(considered, options.ConfirmationDays, crOnly: true);
        var pr = FindConfirmed(considered, options.ConfirmationDays, crOnly: false);
        if (cr is { } c)
        {
            return new BestResponse(ResponseCategory.CompleteResponse, considered[c.First].Date,
                $"CR on {D(considered[c.First])} confirmed by CR on {D(considered[c.Confirm])}, >= {options.ConfirmationDays} days later ({ResponseSources.Cite(options.Criteria, "RECIST 1.1 §4.6.1, Table 3", "Table 2: sustained >= 4 weeks")})",
                unconfirmed, pr is { } q ? considered[q.First].Date : considered[c.First].Date, considered[c.Confirm].Date);
        }

        if (pr is { } p)
        {
            return new BestResponse(ResponseCategory.PartialResponse, considered[p.First].Date,
                $"{considered[p.First].OverallResponse.Code()} on {D(considered[p.First])} confirmed by {considered[p.Confirm].OverallResponse.Code()} on {D(considered[p.Confirm])}, >= {options.ConfirmationDays} days later ({ResponseSources.Cite(options.Criteria, "RECIST 1.1 §4.6.1, Table 3", "Table 2: sustained >= 4 weeks")})",
                unconfirmed, considered[p.First].Date, considered[p.Confirm].Date);
        }

        var notConfirmed = considered.FirstOrDefault(v => v.OverallResponse is ResponseCategory.CompleteResponse or ResponseCategory.PartialResponse);
        var prefix = notConfirmed is null ? "" : $"{notConfirmed.OverallResponse.Code()} on {D(notConfirmed)} not confirmed >= {options.ConfirmationDays} days later; ";
        var stable = considered.FirstOrDefault(v => IsStableOrBetter(v.OverallResponse) && v.Day >= options.SdMinimumDays);
        if (stable is not null)
        {
            var category = hasTargets ? ResponseCategory.StableDisease : ResponseCategory.NonCrNonPd;
            return new BestResponse(category, stable.Date,
                $"{prefix}{stable.OverallResponse.Code()} on {D(stable)} meets the SD minimum of {options.SdMinimumDays} days from first dose: {category.Code()} ({ResponseSources.Cite(options.Criteria, "RECIST 1.1 §4.6.1, Table 3", "Table 2; SD minimum per protocol")})",
                unconfirmed, null, null);
        }

        var tooEarly = considered.Any(v => IsStableOrBetter(v.OverallResponse))
            ? $"no CR/PR/SD at >= {options.SdMinimumDays} days from first dose; "
            : "";
        if (pd is not null)
        {
            return new BestResponse(ResponseCategory.ProgressiveDisease, progressionDate ?? pd.Date,
                $"{prefix}{tooEarly}PD on {(progressionDate ?? pd.Date):yyyy-MM-dd} ({ResponseSources.Cite(options.Criteria, "RECIST 1.1 Table 3")})",
                unconfirmed, null, null);
        }

        return new BestResponse(ResponseCategory.NotEvaluable, null,
            $"{prefix}{tooEarly}no qualifying assessment: NE ({ResponseSources.Cite(options.Criteria, "RECIST 1.1 §4.4.3")})", unconfirmed, null, null);
    }

    private static ResponseCategory Unconfirmed(List<VisitAssessment> considered, bool hasTargets, bool progressed, ResponseOptions options)
    {
        if (considered.Any(v => v.OverallResponse == ResponseCategory.CompleteResponse))
        {
            return ResponseCategory.CompleteResponse;
        }

        if (considered.Any(v => v.OverallResponse == ResponseCategory.PartialResponse))
        {
            return ResponseCategory.PartialResponse;
        }

        if (considered.Any(v => IsStableOrBetter(v.OverallResponse) && v.Day >= options.SdMinimumDays))
        {
            return hasTargets ? ResponseCategory.StableDisease : ResponseCategory.NonCrNonPd;
        }

        return progressed ? ResponseCategory.ProgressiveDisease : ResponseCategory.NotEvaluable;
    }

    private static (int First, int Confirm)? FindConfirmed(List<VisitAssessment> visits, int days, bool crOnly)
    {
        bool Starts(ResponseCategory r) => crOnly ? r == ResponseCategory.CompleteResponse : r is ResponseCategory.CompleteResponse or ResponseCategory.PartialResponse;
        for (var i = 0; i < visits.Count; i++)
        {
            if (!Starts(visits[i].OverallResponse))
            {
                continue;
            }

            for (var j = i + 1; j < visits.Count; j++)
            {
                var r = visits[j].OverallResponse;
                if (r == ResponseCategory.NotEvaluable)
                {
                    continue;
                }

                if (!Starts(r))
                {
                    break;
                }

                if (visits[j].Date.DayNumber - visits[i].Date.DayNumber >= days)
                {
                    return (i, j);
                }
            }
        }

        return null;
    }

    private static bool IsStableOrBetter(ResponseCategory r) =>
        r is ResponseCategory.CompleteResponse or ResponseCategory.PartialResponse or ResponseCategory.StableDisease or ResponseCategory.NonCrNonPd;

    private static string D(VisitAssessment v) => $"{v.Date:yyyy-MM-dd} (day {v.Day})";
}
