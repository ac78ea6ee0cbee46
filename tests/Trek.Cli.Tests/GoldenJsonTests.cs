using System.Runtime.CompilerServices;
using Trek.Cli;
using Trek.Core;

namespace Trek.Cli.Tests;

/// <summary>
/// Golden snapshots of the `--json` documents of response, ctcae, orr, endpoints, km and escalation (issue 8: the
/// contract a web app and the FHIR export rely on). Each document is compared byte for byte with
/// tests/Trek.Cli.Tests/Golden/NAME.json; the tool version is replaced by "VERSION" so a release does not break them.
/// The values inside are the ones the domain tests check against hand computations and R (see those tests); a
/// changed snapshot is a changed contract: review the diff, then regenerate with TREK_UPDATE_GOLDEN=1 dotnet test.
/// </summary>
public sealed class GoldenJsonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-golden").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // P01: target 30 mm and node 20 mm -> 0 and 8 mm twice (CR confirmed); P02: 50 -> 30 (PR) -> 40 (PD, +33 %).
    private const string Lesions = """
        subject,date,lesion,kind,organ,node,diameter_mm,status
        P01,2024-01-01,L1,target,lung,no,30,
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

    private const string Labs = """
        subject,date,test,value,unit,uln,lln,baseline,first_dose
        P1,2024-01-05,ALT,100,U/L,40,,,2024-01-10
        P1,2024-02-01,ALT,130,U/L,40,,,2024-01-10
        P1,2024-02-01,ANC,0.49,10^9/L,,1.8,,2024-01-10
        P2,2024-02-01,ALT,<5,U/L,40,,,2024-01-10
        P2,2024-02-01,LDH,300,U/L,250,,,2024-01-10
        P2,2024-02-01,PLT,>100,10^9/L,,150,,2024-01-10
        """;

    private const string Subjects = """
        subject,cohort,first_dose_date,best_overall_response,first_response_date,progression_date,death_date,last_known_alive_date,last_assessment_date,treatment_end_date
        S1,A,2024-01-01,PD,,2024-04-10,,2024-12-01,2024-04-10,
        S2,A,2024-01-01,SD,,2024-07-29,,2024-12-01,2024-07-29,
        S3,A,2024-01-01,PR,2024-03-01,,,2025-02-04,,
        S4,B,2024-01-01,SD,,2024-10-27,,2024-12-01,2024-10-27,
        S5,B,2024-01-01,SD,,,,2025-05-15,2024-05-30,
        S6,B,2024-01-01,CR,2024-02-15,,2024-12-20,,2024-11-30,
        """;

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

    [Fact]
    public void Response_Json_MatchesGolden() => Check("response", "response", "--criteria", "recist1.1", "--input", Input("lesions.csv", Lesions), "--json");

    [Fact]
    public void Ctcae_Json_MatchesGolden() => Check("ctcae", "ctcae", "--input", Input("labs.csv", Labs), "--json");

    [Fact]
    public void CtcaeGrade_Json_MatchesGolden() => Check("ctcae-grade", "ctcae", "grade", "--test", "ALT", "--value", "121", "--uln", "40", "--baseline", "30", "--json");

    [Fact]
    public void Orr_Json_MatchesGolden() => Check("orr", "orr", "--responders", "14", "--n", "38", "--json");

    [Fact]
    public void Endpoints_Json_MatchesGolden() => Check("endpoints", "endpoints", "--input", Input("subjects.csv", Subjects), "--unit", "days", "--landmarks", "100,200", "--format", "json");

    // Landmark 3 is before the first event (5): log-log band 1-1 as R's summary.survfit pads it (issue 10).
    [Fact]
    public void Km_Json_MatchesGolden() => Check("km", "km", "--input", Input("aml.csv", Aml), "--group", "arm", "--landmarks", "3,24", "--conf-type", "log-log", "--json");

    [Fact]
    public void Escalation_Json_MatchesGolden() => Check("escalation", "escalation", "-p", "0.05,0.15,0.3,0.5", "--trials", "400", "--seed", "7", "--json");

    private string Input(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text + "\n");
        return path;
    }

    private void Check(string name, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = TrekCli.Run(args, stdout, stderr);
        Assert.True(code == 0, $"exit {code}: {stderr}");
        var actual = stdout.ToString().Replace(_dir, "DIR").Replace($"\"trek {TrekVersion.Current}\"", "\"trek VERSION\"");
        var path = Path.Combine(GoldenDirectory(), name + ".json");
        if (Environment.GetEnvironmentVariable("TREK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}: run with TREK_UPDATE_GOLDEN=1 once and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string GoldenDirectory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
