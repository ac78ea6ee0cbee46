using System.Text.Json;
using System.Xml.Linq;
using Trek.Cli;

namespace Trek.Cli.Tests;

/// <summary>`trek response` and `trek ctcae` run in-process on small files; expected values derived by hand in the comments.</summary>
public sealed class AssessmentCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-assessment-cli-").FullName;

    // P01: targets 50 mm lung + 20 mm node; day 56 lung 0, node 8: CR although the sum is 8 (RECIST 1.1 §4.3.1-4.3.2),
    //      confirmed by CR on day 84 -> BOR CR.
    // P02: 50 mm -> 30 mm on day 37 (PR, -40 %) -> 40 mm on day 80 (+33 %, +10 mm from nadir 30: PD).
    //      The PR is unconfirmed and earlier than the 42-day SD minimum -> BOR PD (RECIST 1.1 Table 3).
    private const string Lesions = """
        subject,date,lesion,kind,organ,node,diameter_mm,status
        P01,2024-01-01,L1,target,lung,no,50,
        P01,2024-01-01,N1,target,lymph node,yes,20,
        P01,2024-01-01,NT1,nontarget,liver,no,,present
        P01,2024-02-26,L1,target,lung,no,0,
        P01,2024-02-26,N1,target,lymph node,yes,8,
        P01,2024-02-26,NT1,nontarget,liver,no,,absent
        P01,2024-03-25,L1,target,lung,no,0,
        P01,2024-03-25,N1,target,lymph node,yes,8,
        P01,2024-03-25,NT1,nontarget,liver,no,,absent
        P02,2024-01-05,L1,target,liver,no,50,
        P02,2024-02-11,L1,target,liver,no,30,
        P02,2024-03-25,L1,target,liver,no,40,
        """;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = TrekCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Response_Json_GivesBestOverallResponseAndVisitResponses()
    {
        var (code, output, _) = Run("response", "--criteria", "recist1.1", "--input", File("lesions.csv", Lesions), "--json");
        Assert.Equal(0, code);
        var subjects = JsonDocument.Parse(output).RootElement.GetProperty("subjects");
        Assert.Equal("CR", subjects[0].GetProperty("best_overall_response").GetString());
        Assert.Equal(8m, subjects[0].GetProperty("visits")[0].GetProperty("target_sum").GetDecimal());
        Assert.Equal("PD", subjects[1].GetProperty("best_overall_response").GetString());
        Assert.Equal(["PR", "PD"], subjects[1].GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("overall_response").GetString()));
        Assert.Equal("2024-03-25", subjects[1].GetProperty("progression_date").GetString());
        Assert.Equal(33.33m, subjects[1].GetProperty("visits")[1].GetProperty("change_from_nadir_pct").GetDecimal());
    }

    // Waterfall bars: P02 best change -40 %, P01 -88.57 %; axis -100..+40 over 300 px, so heights 85.71 and 189.79.
    // Issue 16's one convention: --format json is --json; the formats each command does not write are refused (exit 1).
    [Fact]
    public void ResponseAndCtcaeGrade_FormatJson_SameAsJsonAliasAndUnwrittenFormatsRefused()
    {
        var input = File("lesions.csv", Lesions);
        var (code, viaFormat, _) = Run("response", "-i", input, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(Run("response", "-i", input, "--json").Out, viaFormat);
        Assert.Equal(Run("response", "-i", input).Out, Run("response", "-i", input, "--format", "tsv").Out);
        var (csvCode, csvOut, csvErr) = Run("response", "-i", input, "--format", "csv");
        Assert.Equal((1, ""), (csvCode, csvOut));
        Assert.Contains("--format csv: `trek response` writes tsv, json", csvErr);

        // ALT 150 U/L with ULN 45: 3.3 x ULN, > 3.0-5.0 x ULN: grade 2 (CTCAE v5.0, Investigations: ALT increased).
        var (gradeCode, gradeJson, _) = Run("ctcae", "grade", "--test", "ALT", "--value", "150", "--uln", "45", "--format", "json");
        Assert.Equal(0, gradeCode);
        Assert.Equal(Run("ctcae", "grade", "--test", "ALT", "--value", "150", "--uln", "45", "--json").Out, gradeJson);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(gradeJson).RootElement.GetProperty("grade").GetInt32());
        var output = Path.Combine(_dir, "grade.txt");
        Assert.Equal(0, Run("ctcae", "grade", "--test", "ALT", "--value", "150", "--uln", "45", "-o", output).Code);
        Assert.StartsWith("ALT 150 U/L: grade 2", System.IO.File.ReadAllText(output));
        Assert.Equal(1, Run("ctcae", "grade", "--test", "ALT", "--value", "150", "--uln", "45", "--format", "tsv").Code);
    }

    [Fact]
    public void Response_WaterfallAndSpider_WriteSvgFilesFromTheSameData()
    {
        var waterfall = Path.Combine(_dir, "w.svg");
        var spider = Path.Combine(_dir, "s.svg");
        var visits = Path.Combine(_dir, "v.tsv");
        var (code, output, _) = Run("response", "--input", File("lesions.csv", Lesions), "--waterfall", waterfall, "--spider", spider, "--visits", visits);
        Assert.Equal(0, code);
        Assert.StartsWith("P01\tCR\t2024-02-26", output.Split('\n')[2]);
        var bars = XDocument.Load(waterfall).Descendants().Where(e => (string?)e.Attribute("class") == "bar").ToList();
        Assert.Equal(["P02", "P01"], bars.Select(b => b.Attribute("data-subject")!.Value));
        Assert.Equal(["85.71", "189.79"], bars.Select(b => b.Attribute("height")!.Value));
        Assert.Equal(2, XDocument.Load(spider).Descendants().Count(e => (string?)e.Attribute("class") == "subject-line"));
        Assert.Equal(6, System.IO.File.ReadAllLines(visits).Length); // 2 header lines + 4 visits
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Response_NonMeasurableBaselineTarget_ExitsTwoWithOneLine()
    {
        var path = File("bad.csv", "subject,date,lesion,kind,organ,node,diameter_mm,status\nS1,2024-01-01,N1,target,lymph node,yes,12,\n");
        var (code, output, error) = Run("response", "--input", path);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"trek: error: {path}:2: subject S1: nodal target N1 is 12 mm short axis at baseline; a measurable node needs >= 15 mm (RECIST 1.1 §3.1.1); record it as nontarget", error.TrimEnd());
    }

    // RANO 2010: 20x20 = 400 mm² -> 14x14 = 196 mm² (-51 %) is PR only with steroids not above baseline (4 mg).
    [Theory]
    [InlineData(4, "PR")]
    [InlineData(6, "NE")]
    public void Response_Rano_PartialResponseNeedsStableSteroids(int steroid, string expected)
    {
        var path = File("rano.csv", $"""
            subject,date,lesion,kind,organ,node,diameter_mm,diameter2_mm,status,steroid_dose_mg,clinical_status
            G1,2024-01-01,L1,target,brain,no,20,20,,4,stable
            G1,2024-02-26,L1,target,brain,no,14,14,,{steroid},stable
            """);
        var (code, output, _) = Run("response", "--criteria", "rano", "--input", path, "--json");
        Assert.Equal(0, code);
        var visit = JsonDocument.Parse(output).RootElement.GetProperty("subjects")[0].GetProperty("visits")[0];
        Assert.Equal(196m, visit.GetProperty("target_sum").GetDecimal());
        Assert.Equal(expected, visit.GetProperty("overall_response").GetString());
    }

    // CTCAE v5.0: ALT ULN 40: 120 -> 1, 121 -> 2, 201 -> 3; abnormal baseline 80: 110 -> 0, 120 -> 1.
    // ANC 0.5 -> 3, 0.49 -> 4 (x 10^9/L); WBC 0.99 -> 4, 1.0 -> 3.
    [Theory]
    [InlineData("ALT", "120", "40", null, 1)]
    [InlineData("ALT", "121", "40", null, 2)]
    [InlineData("ALT", "201", "40", null, 3)]
    [InlineData("ALT", "110", "40", "80", 0)]
    [InlineData("ALT", "120", "40", "80", 1)]
    [InlineData("AST", "121", "40", null, 2)]
    [InlineData("ANC", "0.5", null, null, 3)]
    [InlineData("ANC", "0.49", null, null, 4)]
    [InlineData("WBC", "0.99", null, null, 4)]
    [InlineData("WBC", "1.0", null, null, 3)]
    public void CtcaeGrade_Json_PrintsGrade(string test, string value, string? uln, string? baseline, int grade)
    {
        var args = new List<string> { "ctcae", "grade", "--test", test, "--value", value, "--json" };
        if (uln is not null)
        {
            args.AddRange(["--uln", uln]);
        }

        if (baseline is not null)
        {
            args.AddRange(["--baseline", baseline]);
        }

        var (code, output, _) = Run([.. args]);
        Assert.Equal(0, code);
        Assert.Equal(grade, JsonDocument.Parse(output).RootElement.GetProperty("grade").GetInt32());
    }

    [Fact]
    public void CtcaeGrade_AltWithoutUln_ExitsTwo()
    {
        var (code, _, error) = Run("ctcae", "grade", "--test", "ALT", "--value", "50");
        Assert.Equal(2, code);
        Assert.Equal("trek: error: ALT needs the ULN (upper limit of normal) to be graded", error.TrimEnd());
    }

    // Two patients: P1 ALT worst grade 3 (201 > 5 x 40), P2 ALT grade 1 (50) and PLT 20 (grade 4).
    // ALT all grades 2/2 = 100 %, grade 3-4 1/2 = 50 %; PLT all grades 1/2 = 50 %, grade 3-4 50 %.
    [Fact]
    public void Ctcae_Csv_PrintsTableOfPatientsWithEachEvent()
    {
        var path = File("labs.csv", """
            subject,date,test,value,unit,uln,lln,baseline
            P1,2024-01-08,ALT,121,U/L,40,,
            P1,2024-01-15,ALT,201,U/L,40,,
            P2,2024-01-08,ALT,50,U/L,40,,
            P2,2024-01-08,PLT,20000,/uL,,150000,
            """);
        var (code, output, _) = Run("ctcae", "--input", path);
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("Alanine aminotransferase increased\tALT\t2\t2\t100\t1\t50\t1\t0\t1\t0\t0", lines[2]);
        Assert.Equal("Platelet count decreased\tPLT\t1\t1\t50\t1\t50\t0\t0\t0\t1\t0", lines[3]);

        var (jsonCode, json, _) = Run("ctcae", "--input", path, "--json");
        Assert.Equal(0, jsonCode);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(2, root.GetProperty("patients").GetInt32());
        Assert.Equal(50m, root.GetProperty("table")[0].GetProperty("grade3_4_pct").GetDecimal());
        Assert.Equal(3, root.GetProperty("worst")[0].GetProperty("grade").GetInt32());
    }

    // Issue 10: `--value 1,21` was read as 121 (grade 2 with ULN 40); issue 15: NaN and 1e308 ended in exit 70.
    // Each is now one line naming the option, exit 1 (a command-line value, like System.CommandLine's own errors).
    [Theory]
    [InlineData("--value", "1,21")]
    [InlineData("--value", "NaN")]
    [InlineData("--uln", "1e308")]
    [InlineData("--uln", "<40")]
    public void CtcaeGrade_NotPlainNumber_ExitsOneNamingOption(string option, string text)
    {
        var args = new List<string> { "ctcae", "grade", "--test", "ALT", "--value", "50", "--uln", "40" };
        args[args.IndexOf(option) + 1] = text;
        var (code, output, error) = Run([.. args]);
        Assert.Equal(1, code);
        Assert.Empty(output);
        // One error line, then the pointer to the help (docs/cli.md).
        Assert.Equal(["trek: error: ", "see `trek ctcae grade --help`"], error.TrimEnd().Split('\n').Select(l => l.StartsWith("trek: error: ", StringComparison.Ordinal) ? "trek: error: " : l));
        Assert.Contains($"{option}: ", error);
    }

    // A censored value on the command line: ALT "<5" with ULN 40 is grade 0 (every value below 5 is <= ULN).
    [Fact]
    public void CtcaeGrade_CensoredValue_IsGraded()
    {
        var (code, output, _) = Run("ctcae", "grade", "--test", "ALT", "--value", "<5", "--uln", "40");
        Assert.Equal(0, code);
        Assert.StartsWith("ALT <5 U/L: grade 0", output);
    }

    // Issue 10: an unsupported test (LDH) and censored values no longer abort the file. LDH is skipped with a
    // warning naming the line; P1 ALT "<5" is grade 0, ">1000" (ULN 40: > 20 x ULN) grade 4; GGT 130 (ULN 50) grade 2.
    [Fact]
    public void Ctcae_UnsupportedTestAndCensoredValues_RunCompletes()
    {
        var path = File("labs2.csv", """
            subject,date,test,value,unit,uln,lln,baseline
            P1,2024-01-08,ALT,<5,U/L,40,,
            P1,2024-01-15,LDH,300,U/L,250,,
            P1,2024-01-22,ALT,>1000,U/L,40,,
            P1,2024-01-22,GGT,130,U/L,50,,
            """);
        var (code, output, error) = Run("ctcae", "--input", path, "--json");
        Assert.Equal(0, code);
        Assert.Equal($"warning: {path}:3: subject P1: 'LDH' is not one of the CTCAE v5.0 lab terms Trek grades (ALT, AST, BILI, CREAT, GGT, ALP, CPK, ANC, WBC, LYMPH, PLT, HGB, ALB): row skipped", error.TrimEnd());
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal([("ALT", 4), ("GGT", 2)], root.GetProperty("worst").EnumerateArray().Select(w => (w.GetProperty("test").GetString()!, w.GetProperty("grade").GetInt32())));
        Assert.Equal("LDH", root.GetProperty("skipped")[0].GetProperty("test").GetString());
    }

    // Issue 15: NaN in a lab file was exit 70; now exit 2 with the file, line and column.
    [Fact]
    public void Ctcae_NaNValue_ExitsTwoWithLine()
    {
        var path = File("labs3.csv", "subject,date,test,value,unit,uln,lln,baseline\nP1,2024-01-08,ALT,NaN,U/L,40,,\n");
        var (code, _, error) = Run("ctcae", "--input", path);
        Assert.Equal(2, code);
        Assert.StartsWith($"trek: error: {path}:2: column 'value': 'NaN' is not", error);
    }

    // Issue 15: `trek ctcae` declares its files through CommandFiles, as km and endpoints do: `-o`, `--graded`
    // or `--worst` naming the lab file is refused before anything is written (exit 1), the input stays
    // byte-identical and no temporary file is left beside it.
    [Theory]
    [InlineData("-o")]
    [InlineData("--graded")]
    [InlineData("--worst")]
    public void Ctcae_OutputNamingTheInput_IsRefusedAndInputKept(string option)
    {
        var path = File("labs.csv", "subject,date,test,value,unit,uln,lln,baseline\nP1,2024-01-08,ALT,121,U/L,40,,\n");
        var before = System.IO.File.ReadAllBytes(path);
        var (code, output, error) = Run("ctcae", "-i", path, option, path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"would overwrite the input --input {path}", error);
        Assert.Equal(before, System.IO.File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    // `--graded X --worst X`: two outputs on one file are refused the same way (docs/cli.md).
    [Fact]
    public void Ctcae_TwoOutputsOnOneFile_IsRefused()
    {
        var path = File("labs.csv", "subject,date,test,value,unit,uln,lln,baseline\nP1,2024-01-08,ALT,121,U/L,40,,\n");
        var same = Path.Combine(_dir, "out.tsv");
        var (code, _, _) = Run("ctcae", "-i", path, "--graded", same, "--worst", same);
        Assert.Equal(1, code);
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    // The convention's --format: tsv is the default table; json equals --json byte for byte; text is not a format ctcae writes.
    [Fact]
    public void Ctcae_Format_TsvDefaultJsonAliasTextRefused()
    {
        var path = File("labs.csv", "subject,date,test,value,unit,uln,lln,baseline\nP1,2024-01-08,ALT,121,U/L,40,,\n");
        Assert.Equal(Run("ctcae", "-i", path).Out, Run("ctcae", "-i", path, "--format", "tsv").Out);
        Assert.Equal(Run("ctcae", "-i", path, "--json").Out, Run("ctcae", "-i", path, "--format", "json").Out);
        var (code, output, error) = Run("ctcae", "-i", path, "--format", "text");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("--format text: `trek ctcae` writes tsv, json", error);
    }
}
