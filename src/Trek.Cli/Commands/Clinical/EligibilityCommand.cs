using System.CommandLine;
using System.Globalization;
using Trek.Clinical.Eligibility;
using Trek.Core;
using Trek.IO;
using Trek.IO.Structured;
using Trek.Reports.Clinical;

namespace Trek.Cli.Commands.Clinical;

/// <summary>`trek eligibility`: each criterion of the paediatric larotrectinib study design, met / not met / unknown.</summary>
internal static class EligibilityCommand
{
    public static Command Create()
    {
        var io = ClinicalOutput.Options().WithPositionalInput(
            "record",
            "Patient record, JSON or YAML (- = stdin); the same as -i",
            "Patient record, JSON or YAML (- = stdin); keys in docs/clinical.md; may also be given without -i (required)");
        var on = new Option<string?>("--on") { Description = "Assessment date YYYY-MM-DD when the record has no assessment_date (default: today, UTC)" };
        var criteria = new Option<string>("--criteria") { Description = "Criteria set: nct02637687_registry (current registry record: from birth through 21 years) or laetsch_2018 (2018 publication: 1 month to 21 years) (default: nct02637687_registry)", DefaultValueFactory = _ => EligibilityCriteriaSet.Registry.Id };
        criteria.AcceptOnlyFromAmong([.. EligibilityCriteriaSet.All.Select(c => c.Id)]);
        var command = new Command("eligibility", "Check a patient record against the SCOUT paediatric larotrectinib study design (NCT02637687; Laetsch et al. 2018), with a dated criteria set.")
        {
            on, criteria,
        };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            var path = io.RequiredInputPath(parseResult, "patient record");
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parseResult.GetValue(on) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            {
                throw new UsageException($"--on {text}: give a date as YYYY-MM-DD");
            }

            using var files = io.Declare(parseResult).Open();
            System.Text.Json.Nodes.JsonNode? root;
            using (var stream = InputFile.OpenRead(path))
            {
                root = StructuredTextReader.Read(stream, path);
            }

            var set = EligibilityCriteriaSet.Find(parseResult.GetValue(criteria)!)!;
            var report = ScoutEligibility.Evaluate(PatientRecordReader.Read(root, path, today), set);
            return ClinicalOutput.Write(parseResult, io, files, report, w => EligibilityText.Write(w, report));
        });
        return command;
    }
}
