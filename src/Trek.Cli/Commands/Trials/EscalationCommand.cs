using System.CommandLine;
using System.Globalization;
using Trek.Core;
using Trek.Reports.Trials;
using Trek.Trials.Escalation;

namespace Trek.Cli.Commands.Trials;

/// <summary>`trek escalation`: operating characteristics of rolling six, 3+3 and BOIN on the same simulated patients.</summary>
internal static class EscalationCommand
{
    public static Command Create()
    {
        var probabilities = new Option<string>("--dlt-probabilities", "-p") { Description = "True DLT probability per dose level, ascending, comma-separated (required), e.g. 0.05,0.1,0.2,0.3,0.5", Required = true };
        var gap = NumberOptions.Number("--days-between-patients", "Mean days between patient arrivals (Poisson accrual; Skolnik 2008 used 10) (default: 10)");
        gap.DefaultValueFactory = _ => 10;
        var window = NumberOptions.Number("--dlt-window", "DLT observation window in days (default: 28)");
        window.DefaultValueFactory = _ => 28;
        var trials = new Option<int>("--trials") { Description = "Number of simulated trials (default: 10000)", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives the same results (default: 1)", DefaultValueFactory = _ => 1UL };
        var target = NumberOptions.Number("--target", "BOIN target DLT rate (default: 0.3)");
        target.DefaultValueFactory = _ => 0.3;
        var maxN = new Option<int>("--boin-max-n") { Description = "BOIN maximum sample size, in cohorts of 3 (default: 30)", DefaultValueFactory = _ => 30 };
        var io = new DocumentOptions(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("escalation", "Simulate rolling six, 3+3 and BOIN dose escalation on the same patients: P(select each dose), patients and DLTs per dose, trial duration.")
        {
            probabilities, gap, window, trials, seed, target, maxN,
        };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            var p = TrialsOutput.Numbers(parseResult.GetValue(probabilities), "--dlt-probabilities");
            var t = parseResult.GetValue(target);
            if (!(t > 0 && t < 0.5))
            {
                throw new UsageException($"--target must be between 0 and 0.5 (got {t})");
            }

            var settings = new EscalationSettings(p, parseResult.GetValue(gap), parseResult.GetValue(window), parseResult.GetValue(trials), parseResult.GetValue(seed), t, 3, parseResult.GetValue(maxN));
            var boin = new BoinDesign(t, 3, settings.BoinMaxPatients);
            var designs = EscalationSimulator.Run(settings, [new RollingSixDesign(), new ThreePlusThreeDesign(), boin]);
            var exact = ThreePlusThreeExact.SelectionProbabilities(p);
            var report = new EscalationReport(p, settings.MeanDaysBetweenPatients, settings.DltWindowDays, settings.Trials, settings.Seed, t,
                boin.Boundaries.LambdaE, boin.Boundaries.LambdaD, settings.BoinMaxPatients, designs, exact[..^1], exact[^1]);
            using var files = io.Declare(parseResult).Open();
            io.Write(parseResult, files, report, w => Text(w, report));
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Text(TextWriter w, EscalationReport r)
    {
        var c = CultureInfo.InvariantCulture;
        string Row(IEnumerable<double> values, string format) => string.Join(" ", values.Select(v => v.ToString(format, c).PadLeft(6)));
        w.WriteLine(string.Create(c, $"# {r.Trials} simulated trials, seed {r.Seed}; same patients for every design; accrual 1 per {r.MeanDaysBetweenPatients} days; DLT window {r.DltWindowDays} days"));
        w.WriteLine(string.Create(c, $"# BOIN target {r.BoinTarget}, lambda_e {r.BoinLambdaE:0.0000}, lambda_d {r.BoinLambdaD:0.0000}, max {r.BoinMaxPatients} patients"));
        w.WriteLine($"{"dose",-28} {Row(Enumerable.Range(1, r.DltProbabilities.Count).Select(i => (double)i), "0")}");
        w.WriteLine($"{"true P(DLT)",-28} {Row(r.DltProbabilities, "0.00")}");
        foreach (var d in r.Designs)
        {
            w.WriteLine();
            w.WriteLine(string.Create(c, $"{d.Design}: no MTD {d.ProbabilityNoMtd * 100:0.0}%, mean patients {d.MeanPatients:0.0}, mean DLTs {d.MeanDlts:0.00}, mean duration {d.MeanDurationDays:0} days"));
            w.WriteLine($"  {"% selected as MTD",-26} {Row(d.PercentSelected.Select(x => x * 100), "0.0")}");
            w.WriteLine($"  {"mean patients",-26} {Row(d.MeanPatientsPerDose, "0.00")}");
            w.WriteLine($"  {"mean DLTs",-26} {Row(d.MeanDltsPerDose, "0.00")}");
        }

        w.WriteLine();
        w.WriteLine(string.Create(c, $"3+3 exact % selected        {Row(r.ThreePlusThreeExactSelection.Select(x => x * 100), "0.0")}  (no MTD {r.ThreePlusThreeExactNoMtd * 100:0.0}%)"));
    }
}
