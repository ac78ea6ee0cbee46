using System.CommandLine;
using Trek.Clinical.TestRoute;
using Trek.Core;
using Trek.Reports.Clinical;

namespace Trek.Cli.Commands.Clinical;

/// <summary>`trek test-route`: the next NTRK test and the conclusion so far (ESMO 2019; Albert et al. 2019).</summary>
internal static class TestRouteCommand
{
    public static Command Create()
    {
        var tumour = new Option<string?>("--tumour") { Description = $"Tumour type: an OncoTree code, name or listed synonym ({TumourVocabulary.OncoTreeVersion}), e.g. IFS, \"infantile fibrosarcoma\", DIPG, COADREAD; an unknown or ambiguous name is refused; see --list-tumours (required)" };
        var list = new Option<bool>("--list-tumours") { Description = "Print the accepted tumour types (code, name, route class, synonyms) and exit (default: false)" };
        var age = new Option<string?>("--age-group") { Description = "paediatric or adult (required)" };
        age.AcceptOnlyFromAmong("paediatric", "pediatric", "adult");
        var ihc = Result("--ihc", "Pan-TRK immunohistochemistry", withWeak: true);
        var fish = Result("--fish", "NTRK break-apart FISH", withWeak: false);
        var rtPcr = Result("--rt-pcr", "RT-PCR for the fusion transcript", withWeak: false);
        var dna = Result("--dna-ngs", "DNA-based NGS", withWeak: false);
        var rna = Result("--rna-ngs", "RNA-based NGS", withWeak: false);
        var io = ClinicalOutput.Options();
        var command = new Command("test-route", "Recommend the next NTRK fusion test and state the conclusion so far, handling discordant results explicitly.")
        {
            tumour, list, age, ihc, fish, rtPcr, dna, rna,
        };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(list))
            {
                return ClinicalOutput.Write(parseResult, io, new TumourVocabularyDocument(TumourVocabulary.OncoTreeVersion, TumourVocabulary.All), TestRouteText.List);
            }

            var tumourText = parseResult.GetValue(tumour) ?? throw new UsageException("test-route: --tumour is required (trek test-route --list-tumours lists the accepted types)");
            var ageText = parseResult.GetValue(age) ?? throw new UsageException("test-route: --age-group paediatric|adult is required");
            var results = new TestResults(Parse(parseResult.GetValue(ihc)), Parse(parseResult.GetValue(fish)), Parse(parseResult.GetValue(rtPcr)), Parse(parseResult.GetValue(dna)), Parse(parseResult.GetValue(rna)));
            var group = ageText == "adult" ? AgeGroup.Adult : AgeGroup.Paediatric;
            var advice = TestRouteAdvisor.Advise(tumourText, group, results);
            return ClinicalOutput.Write(parseResult, io, advice, w => TestRouteText.Write(w, advice));
        });
        return command;
    }

    private static Option<string> Result(string name, string what, bool withWeak)
    {
        var option = new Option<string>(name) { Description = $"{what}: not-done, positive, {(withWeak ? "weak, " : "")}negative or failed (default: not-done)", DefaultValueFactory = _ => "not-done" };
        option.AcceptOnlyFromAmong(withWeak ? ["not-done", "positive", "weak", "negative", "failed"] : ["not-done", "positive", "negative", "failed"]);
        return option;
    }

    private static AssayResult Parse(string? value) => value switch
    {
        "positive" => AssayResult.Positive,
        "weak" => AssayResult.Weak,
        "negative" => AssayResult.Negative,
        "failed" => AssayResult.Failed,
        _ => AssayResult.NotDone,
    };
}
