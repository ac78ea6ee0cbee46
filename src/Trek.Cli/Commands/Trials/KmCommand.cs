using System.CommandLine;
using System.Globalization;
using Trek.Core;
using Trek.IO.Tables;
using Trek.Reports.Plots;
using Trek.Reports.Trials;
using Trek.Trials.Survival;

namespace Trek.Cli.Commands.Trials;

/// <summary>`trek km`: Kaplan-Meier table, quartiles with CIs, landmarks, log-rank across groups and an SVG plot, matching R survfit/survdiff.</summary>
internal static class KmCommand
{
    private static readonly double[] Probabilities = [0.25, 0.5, 0.75];

    public static Command Create()
    {
        var io = new DocumentOptions(OutputFormat.Text, OutputFormat.Json)
            .WithInput("CSV (or .tsv) with a header line; - for standard input; gzip detected (required)", required: true);
        var time = new Option<string>("--time") { Description = "Column of follow-up times (default: time)", DefaultValueFactory = _ => "time" };
        var ev = new Option<string>("--event") { Description = "Column of event indicators, 1 = event, 0 = censored (default: status)", DefaultValueFactory = _ => "status" };
        var group = new Option<string?>("--group") { Description = "Column of group labels: one curve per group and a log-rank test, at most 100 groups (default: none)" };
        var confType = new Option<string>("--conf-type") { Description = "Pointwise CI transform: log, log-log or plain (default: log, as R survfit)", DefaultValueFactory = _ => "log" };
        var level = NumberOptions.Number("--conf-level", "Confidence level, a plain number between 0 and 1 (default: 0.95)");
        level.DefaultValueFactory = _ => 0.95;
        var landmarks = new Option<string?>("--landmarks") { Description = "Comma-separated non-negative times for survival estimates, e.g. 12,36 (default: none)" };
        var svg = new Option<string?>("--svg") { Description = "Write a Kaplan-Meier plot with censoring marks and numbers at risk to this SVG file (default: none)" };
        var timeLabel = new Option<string>("--time-label") { Description = "X-axis label of the plot; a unit it names (months, weeks, days, years) sets clinical tick steps, e.g. 0, 6, 12, 18 months (default: Time)", DefaultValueFactory = _ => "Time" };
        var title = new Option<string?>("--title") { Description = "Heading of the plot (default: Kaplan-Meier: INPUT-FILE-NAME)" };
        var command = new Command("km", "Kaplan-Meier estimate (R survival survfit/survdiff conventions): table, median and quartiles with CI, landmarks, log-rank, SVG plot.")
        {
            time, ev, group, confType, level, landmarks, svg, timeLabel, title,
        };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            var type = OptionErrors.For("--conf-type", () => ConfidenceTypes.Parse(parseResult.GetValue(confType)!));
            var conf = parseResult.GetValue(level);
            var times = TrialsOutput.Numbers(parseResult.GetValue(landmarks), "--landmarks");
            var path = io.RequiredInputPath(parseResult, "survival table");
            var groupColumn = parseResult.GetValue(group);
            if (times.Any(t => t < 0))
            {
                throw new UsageException($"--landmarks: times cannot be negative (got {string.Join(",", times.Where(t => t < 0).Select(t => t.ToString(CultureInfo.InvariantCulture)))})");
            }

            // Outputs declared before reading: an output that is the input is refused, and every output's
            // temporary file exists before the work (issue 15).
            using var files = io.Declare(parseResult).Output("--svg", parseResult.GetValue(svg)).Open();
            IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> groups;
            using (var stream = TableInput.OpenStream(path))
            {
                groups = SurvivalCsv.Read(stream, TableInput.SourceName(path), TableReader.DelimiterFor(path), parseResult.GetValue(time)!, parseResult.GetValue(ev)!, groupColumn);
            }

            var pooled = KaplanMeier.Fit(groups.Count == 1 ? groups[0].Observations : groups.SelectMany(g => g.Observations).ToArray(), type, conf);
            // Without --group the one group is the pooled data: reuse its fit rather than fitting twice.
            var fits = groupColumn is null
                ? [(Group: groups[0].Group, Fit: pooled)]
                : groups.Select(g => (g.Group, Fit: KaplanMeier.Fit(g.Observations, type, conf))).ToArray();
            var logRank = groupColumn is not null && groups.Count > 1 ? LogRankTest.Compute(groups) : null;
            var report = new KmReport(
                ConfidenceTypes.Name(type), conf, pooled.N, pooled.Events, pooled.Median.Time, pooled.Median.Lower, pooled.Median.Upper,
                Probabilities.Select(pooled.Quantile).ToArray(), times.Select(pooled.At).ToArray(), pooled.Rows,
                groupColumn is null ? null : fits.Select(f => new KmGroupReport(f.Group, f.Fit.N, f.Fit.Events, f.Fit.Median.Time, f.Fit.Median.Lower, f.Fit.Median.Upper, Probabilities.Select(f.Fit.Quantile).ToArray(), times.Select(f.Fit.At).ToArray(), f.Fit.Rows)).ToArray(),
                logRank);
            if (parseResult.GetValue(svg) is not null)
            {
                var heading = parseResult.GetValue(title) ?? $"Kaplan-Meier: {(path == "-" ? "standard input" : Path.GetFileName(path))}";
                var plot = KaplanMeierPlot.Render(groupColumn is null ? [("All subjects", pooled)] : fits, parseResult.GetValue(timeLabel)!, heading, logRank);
                files.Write("--svg", w => w.Write(plot));
            }

            io.Write(parseResult, files, report, w => Text(w, report));
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Text(TextWriter w, KmReport r)
    {
        string F(double? v) => v is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) : "NA";
        var level = (r.ConfLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        w.WriteLine($"# Kaplan-Meier, conf.type={r.ConfType}, {level}% CI (R survival conventions; NA = not reached / not estimable)");
        var rows = new List<(string Name, int N, int Events, IReadOnlyList<SurvivalQuantile> Q, IReadOnlyList<LandmarkEstimate?> Landmarks)> { ("all", r.N, r.Events, r.Quantiles, r.Landmarks) };
        rows.AddRange((r.Groups ?? []).Select(g => (g.Group, g.N, g.Events, g.Quantiles, g.Landmarks)));
        // Long group labels widen the first column instead of pushing their row out of line (issue 16).
        var width = Math.Max(16, rows.Max(x => x.Name.Length));
        w.WriteLine($"{"group".PadRight(width)} {"n",5} {"events",6} {"median",9} {"LCL",9} {"UCL",9} {"q25",9} {"q75",9}");
        foreach (var (name, n, events, q, _) in rows)
        {
            w.WriteLine($"{name.PadRight(width)} {n,5} {events,6} {F(q[1].Time),9} {F(q[1].Lower),9} {F(q[1].Upper),9} {F(q[0].Time),9} {F(q[2].Time),9}");
        }

        if (r.LogRank is { } lr)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"log-rank: chi-square {lr.ChiSquare:0.##} on {lr.Df} df, {PValueText.Format(lr.PValue)}"));
        }

        // Landmarks for all subjects and, with --group, for each group (issue 16: they were only in the JSON).
        foreach (var (name, _, _, _, landmarks) in rows)
        {
            foreach (var l in landmarks.OfType<LandmarkEstimate>())
            {
                var who = rows.Count > 1 ? $"{name.PadRight(width)} " : "";
                w.WriteLine($"{who}S({F(l.Time)}) = {F(l.Survival)} ({level}% CI {F(l.Lower)}-{F(l.Upper)}), {PValueText.Count(l.NRisk, "subject", "subjects")} at risk");
            }
        }

        w.WriteLine();
        w.WriteLine($"{"time",9} {"n.risk",7} {"n.event",8} {"n.censor",9} {"survival",9} {"std.err",9} {"lower",9} {"upper",9}");
        var line = new ColumnLine();
        foreach (var row in r.Table)
        {
            line.Number(row.Time, 9).Integer(row.NRisk, 7).Integer(row.NEvent, 8).Integer(row.NCensor, 9)
                .Number(row.Survival, 9).Number(row.StdErr, 9).Number(row.Lower, 9).Number(row.Upper, 9).WriteLine(w);
        }
    }
}
