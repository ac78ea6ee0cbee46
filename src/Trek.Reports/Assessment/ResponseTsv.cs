using Trek.Assessment.Tumour;
using Trek.Core;
using static Trek.Reports.Assessment.TsvCells;

namespace Trek.Reports.Assessment;

/// <summary>TSV forms of the response results: one row per subject, and one row per visit.</summary>
public static class ResponseTsv
{
    public static void Subjects(TextWriter w, ResponseOptions options, IReadOnlyList<SubjectResponse> subjects)
    {
        w.WriteLine($"## trek {TrekVersion.Current} response criteria={CriteriaName(options.Criteria)} confirmation_days={options.ConfirmationDays} sd_minimum_days={options.SdMinimumDays}");
        w.WriteLine("#subject\tbest_overall_response\tbest_overall_response_date\tbest_overall_response_unconfirmed\tfirst_response_date\tconfirmation_date\tprogression_date\tbaseline_date\tfirst_dose_date\tbaseline_sum\tsum_unit\tbest_change_pct\tvisits\treason");
        foreach (var s in subjects)
        {
            w.WriteLine(Row(s.Subject, s.BestOverallResponse.Code(), s.BestOverallResponseDate, s.BestOverallResponseUnconfirmed.Code(),
                s.FirstResponseDate, s.ConfirmationDate, s.ProgressionDate, s.BaselineDate, s.FirstDoseDate, s.BaselineSum, s.SumUnit,
                s.BestChangePct, s.Visits.Count, s.BestOverallResponseReason));
        }
    }

    public static string CriteriaName(ResponseCriteria c) => c switch
    {
        ResponseCriteria.Rano => "rano",
        ResponseCriteria.Rano2 => "rano2",
        _ => "recist1.1",
    };

    public static void Visits(TextWriter w, IReadOnlyList<SubjectResponse> subjects)
    {
        w.WriteLine($"## trek {TrekVersion.Current} response visits");
        w.WriteLine("#subject\tdate\tday\ttarget_sum\tchange_from_baseline_pct\tnadir_sum\tchange_from_nadir_pct\tchange_from_nadir_absolute\ttarget_response\tnon_target_response\tnew_lesions\tsteroid_dose_mg\tclinical_status\toverall_response\treason");
        foreach (var s in subjects)
        {
            foreach (var v in s.Visits)
            {
                w.WriteLine(Row(s.Subject, v.Date, v.Day, v.TargetSum, v.ChangeFromBaselinePct, v.NadirSum, v.ChangeFromNadirPct,
                    v.ChangeFromNadirAbsolute, v.TargetResponse.Code(), v.NonTargetResponse.Code(), v.NewLesions, v.SteroidDoseMg,
                    v.ClinicalStatus?.ToString().ToLowerInvariant(), v.OverallResponse.Code(), v.Reason));
            }
        }
    }
}
