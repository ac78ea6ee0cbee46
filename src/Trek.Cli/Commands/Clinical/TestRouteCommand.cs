using System.CommandLine;
using Trek.Clinical.TestRoute;

namespace Trek.Cli.Commands.Clinical;

/// <summary>`trek test-route`: the next NTRK test and the conclusion so far (ESMO 2019; Albert et al. 2019).</summary>
internal static class TestRouteCommand
{
    public static Command Create()
    {
        var tumour = new Option<string>("--tumour") { Description = "Tumour type, e.g. \"infantile fibrosarcoma\", \"glioma\", \"colorectal adenocarcinoma\" (required)", Required = true };
        var age = new Option<string>("--age-group") { Description = "paediatric or adult (required)", Required = true };
        age.AcceptOnlyFromAmong("paediatric", "pediatric", "adult");
        var ihc = Result("--ihc", "Pan-TRK immunohistochemistry", withWeak: true);
        var fish = Result("--fish", "NTRK break-apart FISH", withWeak: false);
        var rtPcr = Result("--rt-pcr", "RT-PCR for the fusion transcript", withWeak: false);
        var dna = Result("--dna-ngs", "DNA-based NGS", withWeak: false);
        var rna = Result("--rna-ngs", "RNA-based NGS", withWeak: false);
        var json = ClinicalOutput.JsonOption();
        var command = new Command("test-route", "Recommend the next NTRK fusion test and state the conclusion so far, handling discordant results explicitly.")
        {
            tumour, age, ihc, fish, rtPcr, dna, rna, json,
        };
        command.SetAction(parseResult =>
        {
            var results = new TestResults(Parse(parseResult.GetValue(ihc)), Parse(parseResult.GetValue(fish)), Parse(parseResult.GetValue(rtPcr)), Parse(parseResult.GetValue(dna)), Parse(parseResult.GetValue(rna)));
            var group = parseResult.GetValue(age) == "adult" ? AgeGroup.Adult : AgeGroup.Paediatric;
            var advice = TestRouteAdvisor.Advise(parseResult.GetValue(tumour)!, group, results);
            return ClinicalOutput.Write(parseResult, parseResult.GetValue(json), advice, w =>
            {
                w.WriteLine($"Tumour: {advice.Tumour} ({advice.TumourGroup}); age group: {advice.AgeGroup}");
                w.WriteLine($"Results: IHC {results.Ihc}, FISH {results.Fish}, RT-PCR {results.RtPcr}, DNA NGS {results.DnaNgs}, RNA NGS {results.RnaNgs}");
                w.WriteLine($"Conclusion so far: {advice.Conclusion}");
                w.WriteLine($"Next test: {advice.NextTest}");
                w.WriteLine($"  {advice.Explanation}");
                foreach (var conflict in advice.Conflicts)
                {
                    w.WriteLine($"Conflict: {conflict}");
                }

                w.WriteLine("Rules applied:");
                ClinicalOutput.WriteRules(w, advice.Rules);
            });
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
