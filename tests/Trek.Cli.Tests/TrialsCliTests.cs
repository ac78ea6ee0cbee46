using System.Text.Json;
using Trek.Cli;

namespace Trek.Cli.Tests;

/// <summary>`trek orr`, `km`, `endpoints`, `escalation` end to end; expected values from R (see tests/Trek.Trials.Tests/R).</summary>
public sealed class TrialsCliTests : IDisposable
{
    // R's survival::aml, both arms (Maintained: 9, 13, 13+, 18, 23, 28+, 31, 34, 45+, 48, 161+).
    private const string Aml = """
        time,status,arm
        9,1,Maintained
        13,1,Maintained
        13,0,Maintained
        18,1,Maintained
        23,1,Maintained
        28,0,Maintained
        31,1,Maintained
        34,1,Maintained
        45,0,Maintained
        48,1,Maintained
        161,0,Maintained
        5,1,Nonmaintained
        5,1,Nonmaintained
        8,1,Nonmaintained
        8,1,Nonmaintained
        12,1,Nonmaintained
        16,0,Nonmaintained
        23,1,Nonmaintained
        27,1,Nonmaintained
        30,1,Nonmaintained
        33,1,Nonmaintained
        43,1,Nonmaintained
        45,1,Nonmaintained
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("trek-trials-cli").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // R binom.test: 78/93 (0.747965737448920, 0.906821820069959); 0/10 (0, 0.308497107818761); 10/10 (0.691502892181239, 1).
    [Theory]
    [InlineData(78, 93, 0.838709677419355, 0.747965737448920, 0.906821820069959)]
    [InlineData(0, 10, 0.0, 0.0, 0.308497107818761)]
    [InlineData(10, 10, 1.0, 0.691502892181239, 1.0)]
    public void Orr_Json_PrintsProportionsAsRBinomTest(int x, int n, double estimate, double lower, double upper)
    {
        var (code, stdout, _) = Run("orr", "--responders", $"{x}", "--n", $"{n}", "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(estimate, json.GetProperty("estimate").GetDouble(), 12);
        Assert.Equal(lower, json.GetProperty("ci_lower").GetDouble(), 12);
        Assert.Equal(upper, json.GetProperty("ci_upper").GetDouble(), 12);
    }

    [Theory]
    [InlineData(0, 10, "0/10 = 0.00% (95% CI 0.00-30.85%), exact Clopper-Pearson")]
    [InlineData(10, 10, "10/10 = 100.00% (95% CI 69.15-100.00%), exact Clopper-Pearson")]
    [InlineData(14, 38, "14/38 = 36.84% (95% CI 21.81-54.01%), exact Clopper-Pearson")]
    public void Orr_Text_PrintsPercentWithTwoDecimals(int x, int n, string expected)
    {
        var (code, stdout, _) = Run("orr", "--responders", $"{x}", "--n", $"{n}");
        Assert.Equal(0, code);
        Assert.Equal(expected, stdout.Split('\n')[0]);
    }

    [Fact]
    public void Orr_RespondersAboveN_ExitsTwo()
    {
        var (code, _, stderr) = Run("orr", "--responders", "11", "--n", "10");
        Assert.Equal(2, code);
        Assert.Equal("trek: error: responders must be between 0 and n = 10 (got 11)", stderr.Trim());
    }

    // R survfit on aml Maintained: median 31; log (18, NA), log-log (13, NA), plain (18, 48).
    [Theory]
    [InlineData("log", 18.0, null)]
    [InlineData("log-log", 13.0, null)]
    [InlineData("plain", 18.0, 48.0)]
    public void Km_AmlMaintained_MatchesRWithNullForNa(string confType, double lower, double? upper)
    {
        var path = Write("maintained.csv", string.Join('\n', Aml.Split('\n').Take(12)));
        var (code, stdout, _) = Run("km", "--input", path, "--time", "time", "--event", "status", "--conf-type", confType, "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(31, json.GetProperty("median").GetDouble());
        Assert.Equal(lower, json.GetProperty("median_ci_lower").GetDouble());
        var u = json.GetProperty("median_ci_upper");
        Assert.Equal(upper, u.ValueKind == JsonValueKind.Null ? null : u.GetDouble());
        Assert.Equal(confType, json.GetProperty("conf_type").GetString());
    }

    // R survdiff(Surv(time, status) ~ x, aml): chisq 3.3963886989776, p 0.0653393220405051.
    [Fact]
    public void Km_GroupedWithSvg_PrintsLogRankAndWritesPlot()
    {
        var path = Write("aml.csv", Aml);
        var svg = Path.Combine(_dir, "km.svg");
        var (code, stdout, _) = Run("km", "-i", path, "--group", "arm", "--svg", svg, "--json", "--title", "AML: maintenance & survival", "--time-label", "Weeks");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(3.3963886989776, json.GetProperty("log_rank").GetProperty("chi_square").GetDouble(), 10);
        Assert.Equal(0.0653393220405051, json.GetProperty("log_rank").GetProperty("p_value").GetDouble(), 12);
        Assert.Equal(["Maintained", "Nonmaintained"], json.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
        var plot = File.ReadAllText(svg);
        Assert.StartsWith("<svg", plot);
        Assert.Contains("Number at risk", plot);
        // R print(survfit(Surv(time, status) ~ x, aml)): Maintained n 11, 7 events, median 31 (18, NA);
        // Nonmaintained n 12, 11 events, median 23 (8, NA). survdiff p = 0.0653 (above), two significant digits.
        Assert.Contains(">Maintained</text>", plot);
        Assert.Contains(">n = 11, 7 events, median 31 (95% CI 18-NR)</text>", plot);
        Assert.Contains(">n = 12, 11 events, median 23 (95% CI 8-NR)</text>", plot);
        Assert.Contains(">Log-rank test: chi-square 3.4 on 1 df, p = 0.065</text>", plot);
        Assert.Contains(">AML: maintenance &amp; survival</text>", plot);
        Assert.Equal(2, plot.Split("class=\"ci-band\"").Length - 1);
    }

    [Fact]
    public void Km_EventNotZeroOrOne_ExitsTwoWithFileAndLine()
    {
        var path = Write("bad.csv", "time,status\n5,1\n7,2\n");
        var (code, _, stderr) = Run("km", "-i", path);
        Assert.Equal(2, code);
        Assert.Equal($"trek: error: {path}:3: column 'status': '2' is not 1 (event) or 0 (censored)", stderr.Trim());
    }

    [Fact]
    public void Km_MissingColumn_ExitsTwoNamingColumns()
    {
        var path = Write("cols.csv", "t,e\n5,1\n");
        var (code, _, stderr) = Run("km", "-i", path);
        Assert.Equal(2, code);
        Assert.Contains("missing column(s): time, status (columns: t, e)", stderr);
    }

    [Fact]
    public void Km_UnknownConfType_ExitsOne()
    {
        var path = Write("aml.csv", Aml);
        var (code, _, stderr) = Run("km", "-i", path, "--conf-type", "arcsin");
        Assert.Equal(1, code);
        Assert.Contains("--conf-type must be log, log-log or plain", stderr);
    }

    [Fact]
    public void Endpoints_Csv_WritesOrrRowAndSwimmerPlot()
    {
        var path = Write("subjects.csv", """
            subject,cohort,first_dose_date,best_overall_response,first_response_date,progression_date,death_date,last_known_alive_date
            S1,A,2020-01-01,PR,2020-02-26,2020-09-01,,2021-01-01
            S2,A,2020-01-15,SD,,2020-04-01,2020-06-01,
            S3,A,2020-02-01,CR,2020-03-01,,,2021-06-01
            """);
        var swimmer = Path.Combine(_dir, "swim.svg");
        var output = Path.Combine(_dir, "endpoints.csv");
        var (code, _, _) = Run("endpoints", "-i", path, "--format", "csv", "--swimmer", swimmer, "-o", output);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal("cohort,measure,count,n,estimate,ci_lower,ci_upper,conf_type,time_unit", lines[0]);
        // 2/3 responders; R binom.test(2, 3)$conf.int = 0.0942993240502461, 0.9915962413403874.
        Assert.StartsWith("A,ORR,2,3,0.6666666666666666,0.09429932405", lines[1]);
        Assert.Contains("<title>CR from 2020-03-01</title>", File.ReadAllText(swimmer));
    }

    [Fact]
    public void Escalation_SameSeed_SameJson()
    {
        string[] args = ["escalation", "-p", "0.05,0.1,0.2,0.3,0.5", "--trials", "500", "--seed", "11", "--json"];
        var first = Run(args);
        var second = Run(args);
        Assert.Equal(0, first.Code);
        Assert.Equal(first.Stdout, second.Stdout);
        var json = JsonDocument.Parse(first.Stdout).RootElement;
        Assert.Equal(["rolling-six", "3+3", "boin"], json.GetProperty("designs").EnumerateArray().Select(d => d.GetProperty("design").GetString()));
        Assert.Equal(0.2365, json.GetProperty("boin_lambda_e").GetDouble(), 4);
    }

    [Fact]
    public void Escalation_DecreasingProbabilities_ExitsTwo()
    {
        var (code, _, stderr) = Run("escalation", "-p", "0.3,0.1", "--trials", "10");
        Assert.Equal(2, code);
        Assert.Contains("must not decrease with dose", stderr);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text.Replace("\r\n", "\n") + "\n");
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = TrekCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // Issue 15: 10,000 groups never finished (log-rank is groups^2 per event time); the bound is 100, refused at the
    // line of the 101st label, exit 2.
    [Fact]
    public void Km_MoreThanHundredGroups_ExitsTwoNamingLine()
    {
        var rows = string.Join("\n", Enumerable.Range(0, 150).Select(i => $"{i + 1},1,g{i}"));
        var path = Write("groups.csv", "time,status,arm\n" + rows + "\n");
        var (code, _, stderr) = Run("km", "-i", path, "--group", "arm");
        Assert.Equal(2, code);
        Assert.Contains($"{path}:102: column 'arm': more than 100 groups", stderr);
    }

    // Issue 15: negative landmarks were accepted; now a usage error (exit 1) for km and endpoints.
    [Fact]
    public void Km_NegativeLandmark_ExitsOne()
    {
        var (code, _, stderr) = Run("km", "-i", Write("aml.csv", Aml), "--landmarks", "12,-5");
        Assert.Equal(1, code);
        Assert.Contains("--landmarks: times cannot be negative (got -5)", stderr);
    }

    // Issue 15: `-o INPUT` (and --svg/--swimmer naming an input) is refused before anything is written: exit 1, the
    // input byte-identical afterwards, no temporary file left beside it.
    [Theory]
    [InlineData("km", "-o")]
    [InlineData("km", "--svg")]
    [InlineData("endpoints", "-o")]
    [InlineData("endpoints", "--swimmer")]
    public void OutputNamingTheInput_IsRefusedAndInputKept(string command, string option)
    {
        var path = command == "km" ? Write("aml.csv", Aml) : Write("subjects.csv", EndpointSubjects);
        var before = File.ReadAllBytes(path);
        var (code, stdout, stderr) = Run(command, "-i", path, option, path);
        Assert.Equal(1, code);
        Assert.Contains($"would overwrite the input --input {path}", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    // The same file reached through a symbolic link is the same input (compared by device and inode).
    [Fact]
    public void Km_OutputThroughSymlinkToInput_IsRefused()
    {
        var path = Write("aml.csv", Aml);
        var link = Path.Combine(_dir, "link.csv");
        File.CreateSymbolicLink(link, path);
        var before = File.ReadAllBytes(path);
        var (code, _, _) = Run("km", "-i", path, "-o", link);
        Assert.Equal(1, code);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(2, Directory.GetFiles(_dir).Length);
    }

    // Issue 10: number options and lists use Trek's one number format; a decimal comma or exponent is refused naming
    // the option (exit 1), never read as 62 or 100.
    [Theory]
    [InlineData("endpoints", "--dcr-weeks", "6,2")]
    [InlineData("endpoints", "--dcr-weeks", "1e2")]
    [InlineData("endpoints", "--landmarks", "12,1e2")]
    [InlineData("km", "--landmarks", "12,,36")]
    [InlineData("km", "--conf-level", "0,9")]
    [InlineData("escalation", "--dlt-probabilities", "0.1,2e-1")]
    [InlineData("escalation", "--target", "0,3")]
    public void NumberOptions_NotPlain_AreRefusedNamingTheOption(string command, string option, string value)
    {
        string[] args = command switch
        {
            "km" => ["km", "-i", Write("aml.csv", Aml), option, value],
            "endpoints" => ["endpoints", "-i", Write("subjects.csv", EndpointSubjects), option, value],
            _ => option == "--dlt-probabilities" ? ["escalation", option, value, "--trials", "10"] : ["escalation", "-p", "0.1,0.2", "--trials", "10", option, value],
        };
        var (code, stdout, stderr) = Run(args);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains(option + ":", stderr);
    }

    // Issue 16: per-group landmarks in the text (they were only in the JSON), long labels aligned, the log-rank p as
    // a clinician reads it. aml by arm, R survival 3.5: survdiff chisq = 3.4 on 1 df, p = 0.07 (0.0653 unrounded);
    // summary(fit, times = 12): Maintained S = 0.9091 (n.risk 10), Nonmaintained S = 0.5833 (n.risk 8).
    [Fact]
    public void Km_GroupText_LandmarksPerGroupAlignedAndReadableP()
    {
        var text = Aml.Replace("Nonmaintained", "Nonmaintained chemotherapy arm");
        var (code, stdout, _) = Run("km", "-i", Write("aml.csv", text), "--group", "arm", "--landmarks", "12");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n');
        Assert.Contains("log-rank: chi-square 3.4 on 1 df, p = 0.065", lines);
        Assert.Contains(lines, l => l.StartsWith("Maintained                     S(12) = 0.9091", StringComparison.Ordinal) && l.EndsWith("10 subjects at risk", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Nonmaintained chemotherapy arm S(12) = 0.5833", StringComparison.Ordinal) && l.EndsWith("8 subjects at risk", StringComparison.Ordinal));
        var header = lines.Single(l => l.StartsWith("group", StringComparison.Ordinal));
        var row = lines.Single(l => l.StartsWith("Maintained ", StringComparison.Ordinal) && !l.Contains("S(", StringComparison.Ordinal));
        Assert.Equal(header.IndexOf(" n", StringComparison.Ordinal) + 2, row.IndexOf(" 11", StringComparison.Ordinal) + 3);
    }

    // Same subjects as the golden endpoints test (S1-S6), kept here for the file-safety and number tests.
    private const string EndpointSubjects = """
        subject,cohort,first_dose_date,best_overall_response,first_response_date,progression_date,death_date,last_known_alive_date,last_assessment_date,treatment_end_date
        S1,A,2024-01-01,PD,,2024-04-10,,2024-12-01,2024-04-10,
        S2,A,2024-01-01,SD,,2024-07-29,,2024-12-01,2024-07-29,
        S3,A,2024-01-01,PR,2024-03-01,,,2025-02-04,,
        S4,B,2024-01-01,SD,,2024-10-27,,2024-12-01,2024-10-27,
        S5,B,2024-01-01,SD,,,,2025-05-15,2024-05-30,
        S6,B,2024-01-01,CR,2024-02-15,,2024-12-20,,2024-11-30,
        """;

    // Issue 16: endpoints -> km. By hand (days from first dose 2024-01-01; 2024 is a leap year): cohort A PFS = S1
    // progression 2024-04-10 (day 100, event), S2 progression 2024-07-29 (day 210, event), S3 no event, censored at
    // its last adequate assessment = first response 2024-03-01 (day 60). KM: S = 1/2 from day 100 to 210, exactly
    // on 0.5, so R's quantile.survfit takes the midpoint: median (100 + 210) / 2 = 155 days. Cohort B OS: S4
    // censored day 335 (alive 2024-12-01), S6 died day 354 (2024-12-20), S5 censored day 500 (alive 2025-05-15):
    // S = 1/2 from 354 to the last time 500, so the median is the midpoint up to the last time, (354 + 500) / 2 = 427.
    // DoR exists for the responders only (S3, S6). km's medians must equal the endpoints summary's for every curve.
    [Fact]
    public void Endpoints_Times_ChainIntoKmWithTheSameMedians()
    {
        var input = Write("subjects.csv", EndpointSubjects);
        var times = Path.Combine(_dir, "times.csv");
        var (code, stdout, stderr) = Run("endpoints", "-i", input, "--unit", "days", "--times", times, "--json");
        Assert.True(code == 0, stderr);
        var summary = JsonDocument.Parse(stdout).RootElement.GetProperty("cohorts");
        var lines = File.ReadAllLines(times);
        Assert.Equal("subject,cohort,endpoint,curve,time,status", lines[0]);
        Assert.Contains("S1,A,PFS,A PFS,100,1", lines);
        Assert.Contains("S3,A,PFS,A PFS,60,0", lines);
        Assert.Equal(2, lines.Count(l => l.Contains(",DoR,", StringComparison.Ordinal)));

        var (kmCode, kmOut, kmErr) = Run("km", "-i", times, "--group", "curve", "--json");
        Assert.True(kmCode == 0, kmErr);
        var curves = JsonDocument.Parse(kmOut).RootElement.GetProperty("groups").EnumerateArray()
            .ToDictionary(g => g.GetProperty("group").GetString()!, g => g.GetProperty("median"));
        Assert.Equal(155.0, curves["A PFS"].GetDouble());
        Assert.Equal(427.0, curves["B OS"].GetDouble());
        foreach (var cohort in summary.EnumerateArray().Where(c => c.GetProperty("cohort").GetString() != "all"))
        {
            foreach (var endpoint in new[] { "dor", "pfs", "os" })
            {
                var name = $"{cohort.GetProperty("cohort").GetString()} {cohort.GetProperty(endpoint).GetProperty("endpoint").GetString()}";
                var expected = cohort.GetProperty(endpoint).GetProperty("median");
                if (curves.TryGetValue(name, out var median))
                {
                    Assert.Equal(expected.ValueKind == JsonValueKind.Null ? (double?)null : expected.GetDouble(), median.ValueKind == JsonValueKind.Null ? (double?)null : median.GetDouble());
                }
                else
                {
                    Assert.Equal(0, cohort.GetProperty(endpoint).GetProperty("n").GetInt32());
                }
            }
        }
    }
}
