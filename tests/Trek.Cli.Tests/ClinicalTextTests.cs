using System.Reflection;
using System.Text.RegularExpressions;
using Trek.Cli.Tests.Safety;

namespace Trek.Cli.Tests;

/// <summary>
/// Issue 16, text for clinicians: the text output of test-route, eligibility, dose and resistance shows
/// labels, not code names. Every run is scanned for PascalCase identifiers (NotDone, HighRecurrence,
/// DuBois), snake_case identifiers (orthogonal_confirmation, locally_advanced) and the raw name of any
/// enum member of Trek.Clinical written where a word would be; text in `backticks` is a deliberate
/// quotation (a patient-record key to add, an option value) and is not scanned. Each citation is
/// printed in full once.
/// </summary>
public sealed partial class ClinicalTextTests
{
    /// <summary>Proper names that are PascalCase in print, each with where it appears.</summary>
    private static readonly HashSet<string> ProperNames =
    [
        "MacLeod",        // Karnofsky 1949 citation: "In: MacLeod CM, ed."
        "OncoTree",       // the tumour vocabulary's name (MSK OncoTree)
        "ClinicalTrials", // ClinicalTrials.gov
    ];

    public static TheoryData<string[]> Runs() => new()
    {
        { ["dose", "--height-cm", "64", "--weight-kg", "7.1"] },
        { ["dose", "--height-cm", "60", "--weight-kg", "6", "--bsa-formula", "dubois", "--hepatic", "moderate"] },
        { ["dose", "--height-cm", "170", "--weight-kg", "70", "--reductions", "4"] },
        { ["dose", "--height-cm", "150", "--weight-kg", "40", "--age-years", "12", "--strong-cyp3a4-inducer", "--reductions", "2"] },
        { ["eligibility", Example("patient.yaml")] },
        { ["eligibility", Example("patient.yaml"), "--criteria", "laetsch_2018"] },
        { ["resistance", "NTRK3 p.G623R"] },
        { ["resistance", "NTRK1 p.F589L"] },
        { ["resistance", "NTRK1 p.G667C"] },
        { ["resistance", "NTRK2 p.G639R"] },
        { ["resistance", "NTRK1 p.G595*"] },
        { ["resistance", "NTRK1 p.G595_D596insA"] },
        { ["resistance", "MET amplification"] },
        { ["resistance", "BRAF p.V600E"] },
        { ["resistance", "KRAS p.G12D"] },
        { ["resistance", "NTRK1 p.V573M"] },
        { ["resistance", "-i", Example("annotated.vcf.gz")] },
        { ["test-route", "--list-tumours"] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void TextOutput_NoCodeNames(string[] args)
    {
        var (code, stdout, err) = CliHarness.Run(args);
        Assert.True(code == 0, err);
        AssertReadable(stdout);
        AssertEachCitationOnce(stdout);
    }

    /// <summary>
    /// Every combination of results that changes the route (IHC 5 values x RNA 4 x DNA 4 x FISH 3 x RT-PCR 2) in a
    /// tumour of each ESMO 2019 group: every conclusion the advisor can reach is printed as words.
    /// </summary>
    [Fact]
    public void TestRoute_EveryResultCombination_NoCodeNames()
    {
        var conclusions = new HashSet<string>();
        foreach (var tumour in new[] { "IFS", "COADREAD", "glioma" })
        foreach (var ihc in new[] { "not-done", "positive", "weak", "negative", "failed" })
        foreach (var rna in new[] { "not-done", "positive", "negative", "failed" })
        foreach (var dna in new[] { "not-done", "positive", "negative", "failed" })
        foreach (var fish in new[] { "not-done", "positive", "negative" })
        foreach (var pcr in new[] { "not-done", "positive" })
        {
            var (code, stdout, err) = CliHarness.Run("test-route", "--tumour", tumour, "--age-group", "paediatric", "--ihc", ihc, "--rna-ngs", rna, "--dna-ngs", dna, "--fish", fish, "--rt-pcr", pcr);
            Assert.True(code == 0, err);
            AssertReadable(stdout);
            AssertEachCitationOnce(stdout);
            conclusions.Add(stdout.Split('\n').Single(l => l.StartsWith("Conclusion so far: ", StringComparison.Ordinal)));
        }

        // The seven conclusions of TestRouteAdvice, each reached and each a label.
        Assert.Equal(7, conclusions.Count);
    }

    [Fact]
    public void Eligibility_CitationOnce_ReferencedAfter()
    {
        var (_, stdout, _) = CliHarness.Run("eligibility", Example("patient.yaml"));
        // Laetsch 2018 is a source of 8 of the 10 criteria (docs/clinical.md, Criteria: all but age and ntrk_fusion),
        // printed once and referred to as [2] (age, cited first, is [1]: the registry record).
        Assert.Equal(1, Regex.Count(stdout, Regex.Escape("Laetsch TW et al.")));
        Assert.Contains("  [2] Laetsch TW et al.", stdout);
        Assert.Equal(8, Regex.Count(stdout, @"source: \[2\]"));
    }

    [Fact]
    public void Eligibility_MissingFields_NamedAsRecordKeysInBackticks()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trek-text-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "patient_id: P2\nage_years: 3\nassessment_date: 2026-11-24\ndisease_status: [locally_advanced, relapsed]\n");
        try
        {
            var (code, stdout, _) = CliHarness.Run("eligibility", path);
            Assert.Equal(0, code);
            AssertReadable(stdout);
            Assert.Contains("[UNKNOWN] Tumour type: Solid tumour or primary CNS tumour", stdout);
            Assert.Contains("missing in the record: `tumour_category` (solid or cns)", stdout);
            Assert.Contains("value: locally advanced, relapsed", stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Example(string file, [System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "examples", file));

    private static void AssertReadable(string text)
    {
        // Tumour names are OncoTree's proper names ("Cancer of Unknown Primary"), not code names.
        var scanned = TumourNames.Aggregate(Backticked().Replace(text, ""), (t, name) => t.Replace(name, "", StringComparison.Ordinal));
        foreach (Match m in PascalCase().Matches(scanned))
        {
            Assert.True(ProperNames.Contains(m.Value), $"code name `{m.Value}` in text output:\n{text}");
        }

        var snake = SnakeCase().Match(scanned);
        Assert.False(snake.Success, $"code name `{snake.Value}` in text output:\n{text}");
        foreach (var name in EnumMembers)
        {
            // A one-word member (Other, Positive) is a word at a sentence start; elsewhere capitalised it is the raw enum.
            var raw = Regex.Match(scanned, $@"(?<=[^\s.:!?][ \t]+|\(){name}\b");
            Assert.False(raw.Success, $"raw enum name `{name}` in text output:\n{text}");
        }
    }

    /// <summary>A citation (a line under "Sources:") appears once in the whole document.</summary>
    private static void AssertEachCitationOnce(string text)
    {
        foreach (var line in text.Split('\n').Where(l => CitationLine().IsMatch(l)))
        {
            var citation = CitationLine().Match(line).Groups[1].Value;
            Assert.Equal(1, Regex.Count(text, Regex.Escape(citation)));
        }
    }

    /// <summary>
    /// Every member name of every public enum of Trek.Clinical (AssayResult.NotDone, TumourGroup.Other, ...), but the
    /// BSA formulas: they are the authors' names (Mosteller, Haycock) and are printed as such.
    /// </summary>
    private static readonly string[] EnumMembers = typeof(Trek.Clinical.Rules.Sources).Assembly.GetExportedTypes()
        .Where(t => t.IsEnum && t != typeof(Trek.Clinical.Dosing.BsaFormula)).SelectMany(Enum.GetNames).Distinct().ToArray();

    private static readonly string[] TumourNames = [.. Trek.Clinical.TestRoute.TumourVocabulary.All.Select(t => t.Name).OrderByDescending(n => n.Length)];

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b")]
    private static partial Regex PascalCase();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"^  \[\d+\] (.+)$")]
    private static partial Regex CitationLine();
}
