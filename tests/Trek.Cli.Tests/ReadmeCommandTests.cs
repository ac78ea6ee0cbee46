using System.CommandLine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Trek.Cli.Tests;

/// <summary>
/// Issue 16: every command in a ```bash block of README.md runs as written, from the repository root,
/// exits 0 and prints a value checked here by hand. The commands run in a temporary folder laid out like
/// the repository root after `bash scripts/build.sh`: `examples/` links to the repository's examples
/// (read only) and `out/trek` links to the trek built beside these tests (the same program and its native
/// launcher `trek`, built from this checkout), so outputs under `out/` land in the temporary folder.
/// A command with no expectation and no named exclusion fails the test, so a new README command cannot
/// go unchecked, and every command of the registry must appear in a README block.
/// </summary>
public sealed partial class ReadmeCommandTests
{
    /// <summary>Commands not run here, each with the reason (matched by the start of the command).</summary>
    private static readonly Dictionary<string, string> Excluded = new()
    {
        ["bash scripts/example.sh"] = "builds with scripts/build.sh, then runs trek index and trek fusions on the same example as the README block this test runs",
        ["bash scripts/test.sh"] = "the whole test suite, this test included",
        ["bash scripts/build.sh"] = "the publish step (about a minute); this test runs the trek built beside it, linked as out/trek",
        ["cd workflow"] = "the Snakemake workflow: tests/Trek.Workflow.Tests runs it (dry run and a real run)",
        ["snakemake"] = "the Snakemake workflow: tests/Trek.Workflow.Tests runs it (dry run and a real run)",
        ["out/trek/trek serve"] = "a server that runs until stopped; tests/Trek.Web.Tests/ServeCommandTests starts `trek serve` and signs in",
    };

    /// <summary>
    /// What each README command must show (matched by the start of the command): the file to look in (null =
    /// standard output) and a value worked out by hand from the example, with where it comes from.
    /// </summary>
    private static readonly (string Command, string? File, string Expected)[] Expectations =
    [
        ("out/trek/trek about", null, "trek "),
        // 284 Ensembl 85 transcripts in examples/pizzly-spikein/transcripts.fasta.gz (pizzly-spikein/README.md).
        ("out/trek/trek index", "out/index/manifest.json", "284"),
        // The spike-in ETV6::NTRK3 junction, 12:11869969:+ / 15:87940753:- (Tembe et al. 2014; ../shared/data/README.md).
        ("out/trek/trek fusions", "out/fusions.tsv", "12:11869969:+\t15:87940753:-"),
        ("out/trek/trek cohort", "out/cohort/ntrk_partners.tsv", "NTRK3\tETV6\t5'\tETV6::NTRK3"),
        ("out/trek/trek report", "out/report.html", "ETV6::NTRK3"),
        ("out/trek/trek draw", "out/diagrams", "ETV6--NTRK3.svg"),
        ("out/trek/trek export", "out/fusions.vcf", "12\t11869969\t"),
        // The PDF embedded in the FHIR bundle as DiagnosticReport.presentedForm (docs/report.md), so --pdf and --fhir both ran.
        ("out/trek/trek report --fusions out/fusions.tsv --sample examples/pizzly-spikein/sample.yaml --index out/index -o out/report.html --pdf", "out/bundle.json", "application/pdf"),
        // cBioPortal SV row of the spike-in: ETV6 exon 5, last 5' base 12:11869969 (Tembe et al. 2014).
        ("out/trek/trek export --fusions out/fusions.tsv --format cbioportal-sv", "out/data_sv.txt", "SRR1659964\tSOMATIC\tETV6\tENST00000396373\t5\tExon\t12\t11869969\t"),
        // ESMO 2019: IHC negative in a tumour with highly recurrent NTRK fusions -> a confirmatory assay.
        ("out/trek/trek test-route", null, "Next test: a confirmatory assay: FISH, RT-PCR or RNA-based NGS"),
        // Born 2025-06-12, assessed 2025-11-24: 5 completed months; every criterion met (examples/patient.yaml).
        ("out/trek/trek eligibility", null, "value: 0 y 5 mo (5 completed months)"),
        // Mosteller: sqrt(64 x 7.1 / 3600) = 0.3553 m2; label 2.2: 100 mg/m2 = 35.5 mg twice daily.
        ("out/trek/trek dose", null, "Calculated dose: 35.5 mg twice daily"),
        // NTRK3 G623 is the solvent-front glycine (Drilon 2017); examples/annotated.vcf.gz, 31/173 reads = 0.179.
        ("out/trek/trek resistance -i", null, "NTRK3 p.G623R: solvent-front mutation (on-target)"),
        // NTRK1 G667 is the xDFG residue (Cocco 2021).
        ("out/trek/trek resistance \"NTRK1", null, "\"class\": \"xdfg\""),
        // EX-IFS-001: 62 mm at baseline, nadir 12 mm: (12 - 62) / 62 = -80.65 %; PR confirmed 8 weeks later.
        ("out/trek/trek response -i", null, "EX-IFS-001\tPR\t2026-01-21"),
        // EX-HGG-005: SPD 32 x 25 + 14 x 12 = 968 mm2 at baseline; CR off steroids, confirmed.
        ("out/trek/trek response --criteria rano", null, "EX-HGG-005\tCR\t2025-10-29\tCR\t2025-07-09\t2025-12-24\t.\t2025-05-12\t2025-05-14\t968\tmm2"),
        // ANC 0.9 x10^9/L in EX-IFS-001 is grade 3 ("<1.0 - 0.5", CTCAE v5.0): 1 of 2 patients = 50 %.
        ("out/trek/trek ctcae -i", null, "Neutrophil count decreased\tANC\t2\t2\t100\t1\t50\t1\t0\t1\t0\t0"),
        // 150 / 45 = 3.33 x ULN: ALT grade 2 (">3.0 - 5.0 x ULN", CTCAE v5.0).
        ("out/trek/trek ctcae grade", null, "grade 2"),
        // Clopper-Pearson for 8/12 by bisection on the binomial CDF (Python, math.comb): 0.348876-0.900754.
        ("out/trek/trek orr", null, "ci_lower 0.348876  ci_upper 0.900754"),
        // 5 PR + 3 CR of 12 subjects in examples/subjects.csv.
        ("out/trek/trek endpoints", null, "ORR (CR + PR)             8/12    66.7%"),
        // Two deaths before 12 months, at 5.9 (29 at risk) and 9.3 (26 at risk): 28/29 x 25/26 = 0.9284.
        ("out/trek/trek km", null, "S(12) = 0.9284"),
        // BOIN boundary for target 0.3 (Liu and Yuan 2015): log(0.82/0.7) / log(0.3 x 0.82 / (0.18 x 0.7)) = 0.2365.
        ("out/trek/trek escalation", null, "lambda_e 0.2365"),
    ];

    [Fact]
    public void EveryReadmeCommand_RunsAsWritten_Exit0_KeyValue()
    {
        var root = Directory.CreateTempSubdirectory("trek-readme-").FullName;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(root, "examples"), Path.Combine(Repo(), "examples"));
            Directory.CreateDirectory(Path.Combine(root, "out"));
            Directory.CreateSymbolicLink(Path.Combine(root, "out", "trek"), AppContext.BaseDirectory.TrimEnd('/'));
            var ran = 0;
            foreach (var command in Commands())
            {
                if (Excluded.Keys.Any(command.StartsWith))
                {
                    continue;
                }

                var expectation = Expectations.Where(e => command.StartsWith(e.Command, StringComparison.Ordinal)).OrderByDescending(e => e.Command.Length).FirstOrDefault();
                Assert.True(expectation.Command is not null, $"README command without an expectation or a named exclusion: {command}");
                var (code, stdout, stderr) = Bash(root, command);
                Assert.True(code == 0, $"{command}\nexit {code}\n{stderr}");
                var text = expectation.File is null ? stdout
                    : Directory.Exists(Path.Combine(root, expectation.File)) ? string.Join('\n', Directory.GetFiles(Path.Combine(root, expectation.File)).Select(Path.GetFileName))
                    : File.ReadAllText(Path.Combine(root, expectation.File));
                Assert.True(text.Contains(expectation.Expected, StringComparison.Ordinal), $"{command}\nexpected `{expectation.Expected}` in {expectation.File ?? "stdout"}:\n{text}");
                ran++;
            }

            Assert.Equal(Expectations.Length, ran);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Every command and sub-command of the registry but `serve` (a server; README "Registry") appears in a README block.</summary>
    [Fact]
    public void EveryRegisteredCommand_ShownInTheReadme()
    {
        var commands = Commands().ToList();
        foreach (var sub in TrekCli.BuildRoot().Subcommands.Where(c => c.Name != "serve"))
        {
            Assert.Contains(commands, c => c.StartsWith($"out/trek/trek {sub.Name} ", StringComparison.Ordinal) || c == $"out/trek/trek {sub.Name}");
            foreach (var nested in sub.Subcommands)
            {
                Assert.Contains(commands, c => c.StartsWith($"out/trek/trek {sub.Name} {nested.Name} ", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>
    /// Every fenced block of README.md is either ```bash (run above) or ```text (a synopsis or a layout, not
    /// commands), so a command block cannot escape the runner by having no language tag.
    /// </summary>
    [Fact]
    public void EveryReadmeBlock_IsRunOrMarkedText()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo(), "README.md"));
        var inside = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            if (!inside)
            {
                Assert.True(lines[i] is "```bash" or "```text", $"README.md:{i + 1}: a fenced block is ```bash (run by this test) or ```text, not `{lines[i]}`");
            }

            inside = !inside;
        }
    }

    /// <summary>
    /// docs/getting-started.md (the README points to it) works on a lab's own data and a downloaded Ensembl release,
    /// so its commands cannot run here as written; each `trek` command in its blocks must still parse with today's
    /// options and sub-commands (a renamed option fails here), and each must be one the README runs on the examples.
    /// </summary>
    [Fact]
    public void GettingStartedCommands_ParseWithTodaysOptions()
    {
        var text = File.ReadAllText(Path.Combine(Repo(), "docs", "getting-started.md"));
        var checkedCommands = 0;
        foreach (Match block in AnyBlock().Matches(text))
        {
            foreach (var line in block.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("out/trek/trek ", StringComparison.Ordinal)))
            {
                var args = ShellWords(line["out/trek/trek ".Length..]);
                var parse = TrekCli.BuildRoot().Parse(args);
                Assert.True(parse.Errors.Count == 0, $"docs/getting-started.md: `{line}`: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
                Assert.Contains(Commands(), c => c.StartsWith($"out/trek/trek {args[0]} ", StringComparison.Ordinal));
                checkedCommands++;
            }
        }

        // build, index, fusions and report (steps 1, 3, 4 and 5); step 1 is `bash scripts/build.sh`.
        Assert.Equal(3, checkedCommands);
    }

    /// <summary>Words of a command line as bash splits them: blanks separate, double quotes group.</summary>
    private static string[] ShellWords(string line) =>
        [.. ShellWord().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value)];

    /// <summary>The commands of every ```bash block: one per line, `\` continuations joined, comment-only and blank lines skipped.</summary>
    private static IEnumerable<string> Commands()
    {
        foreach (Match block in BashBlock().Matches(File.ReadAllText(Path.Combine(Repo(), "README.md"))))
        {
            var pending = "";
            foreach (var raw in block.Groups[1].Value.Split('\n'))
            {
                var line = raw.Trim();
                if (line.EndsWith('\\'))
                {
                    pending += line[..^1].TrimEnd() + " ";
                    continue;
                }

                line = pending + line;
                pending = "";
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    yield return line;
                }
            }
        }
    }

    private static (int Code, string Out, string Err) Bash(string workingDirectory, string command)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Repo([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"```[a-z]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex AnyBlock();

    [GeneratedRegex(@"""([^""]*)""|\S+")]
    private static partial Regex ShellWord();
}
