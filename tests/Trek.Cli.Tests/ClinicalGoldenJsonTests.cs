using System.Runtime.CompilerServices;
using Trek.Cli;

namespace Trek.Cli.Tests;

/// <summary>
/// The `--json` documents of test-route, eligibility, dose and resistance are the contract a web app relies on
/// (issue 8): each is compared byte for byte with a reviewed file in golden/clinical/. A change to a document
/// fails here until the golden file is updated on purpose: run with TREK_UPDATE_GOLDEN=1 to rewrite the files,
/// then review the diff (git diff tests/Trek.Cli.Tests/golden) before committing. Expected values inside the
/// files are those asserted, with their sources, by the unit tests in Trek.Clinical.Tests.
/// </summary>
public sealed class ClinicalGoldenJsonTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // ESMO 2019: IFS highly recurrent; IHC negative -> not excluded, confirmatory assay.
        { "test_route_ifs_ihc_negative", ["test-route", "--tumour", "IFS", "--age-group", "paediatric", "--ihc", "negative", "--json"] },
        { "test_route_discordant", ["test-route", "--tumour", "colorectal adenocarcinoma", "--age-group", "adult", "--ihc", "positive", "--rna-ngs", "negative", "--json"] },
        // Label 2.2: 60 cm / 6 kg -> 0.3162 m2, 31.6 mg, 1.6 mL (0.2 mL graduations).
        { "dose_infant", ["dose", "--height-cm", "60", "--weight-kg", "6", "--json"] },
        { "dose_forced_warning", ["dose", "--height-cm", "60", "--weight-kg", "62", "--force", "--json"] },
        { "dose_discontinue", ["dose", "--height-cm", "170", "--weight-kg", "70", "--reductions", "4", "--json"] },
        { "resistance_solvent_front", ["resistance", "NTRK1 p.G595R", "--json"] },
        { "resistance_nonsense", ["resistance", "NTRK1 p.G595*", "--json"] },
        { "resistance_ntrk2_mane", ["resistance", "NTRK2 p.G639R", "--json"] },
        { "test_route_list_tumours", ["test-route", "--list-tumours", "--json"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_Document_MatchesGolden(string name, string[] args)
    {
        Check(name, Run(args));
    }

    [Fact]
    public void Json_Eligibility_MatchesGolden()
    {
        var path = Temp(".yaml", "patient_id: \"SYN-002\"\nbirth_date: 2026-11-10\nassessment_date: 2026-11-24\ndiagnosis: IFS\ntumour_category: solid\ndisease_status: [locally_advanced]\ndisfiguring_surgery_required: true\netv6_rearrangement: {documented: true, method: FISH}\nperformance: {scale: lansky, score: 60}\nlabs:\n  total_bilirubin: {value: 0.9, uln: 1.0}\n  alt: {value: 30, uln: 40}\n  ast: {value: 35, uln: 40}\n  creatinine: {value: 0.3, uln: 0.5}\nprior_therapies: []\n");
        try
        {
            Check("eligibility_neonate_ifs", Run(["eligibility", path, "--json"]).Replace(path, "<record>", StringComparison.Ordinal));
            Check("eligibility_neonate_ifs_laetsch_2018", Run(["eligibility", path, "--criteria", "laetsch_2018", "--json"]).Replace(path, "<record>", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Json_ResistanceVcf_MatchesGolden()
    {
        const string header = "##fileformat=VCFv4.2\n##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p'\">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";
        var path = Temp(".vcf", header
            + "1\t156874500\t.\tG\tC\t50\tPASS\tANN=C|missense_variant|MODERATE|NTRK1|NTRK1|transcript|NM_002529.4|protein_coding|14/17|c.1783G>C|p.Gly595Arg\tGT:AD\t0/1:70,30\n"
            + "1\t156874800\t.\tG\tT\t50\tLowQual\tANN=T|missense_variant|MODERATE|NTRK1|NTRK1|transcript|NM_002529.4|protein_coding|15/17|c.1999G>T|p.Gly667Cys\tGT:AF\t0/1:0.02\n"
            + "9\t84861000\t.\tG\tA\t50\tPASS\tANN=A|missense_variant|MODERATE|NTRK2|NTRK2|transcript|NM_006180.6|protein_coding|16/19|c.1915G>A|p.Gly639Arg\tGT:AD\t0/1:80,20\n"
            + "1\t156874900\t.\tG\tT\t50\tPASS\tANN=T|missense_variant|MODERATE|NTRK1|NTRK1|transcript|NM_002529.4|protein_coding|17/17|c.2700G>T|p.Gly900Arg\n");
        try
        {
            Check("resistance_vcf", Run(["resistance", "--vcf", path, "--json"]).Replace(path, "<vcf>", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, TrekCli.Run(args, stdout, stderr));
        return stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Temp(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"trek-golden-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }

    private static void Check(string name, string actual, [CallerFilePath] string here = "")
    {
        var file = Path.Combine(Path.GetDirectoryName(here)!, "golden", "clinical", name + ".json");
        if (Environment.GetEnvironmentVariable("TREK_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, actual);
            return;
        }

        Assert.True(File.Exists(file), $"{file} is missing: run the tests with TREK_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var at = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            Assert.Fail($"{name}.json differs from the golden file at line {at + 1}:\n  golden: {(at < e.Length ? e[at] : "<end>")}\n  actual: {(at < a.Length ? a[at] : "<end>")}\n(TREK_UPDATE_GOLDEN=1 rewrites the golden files; review the diff)");
        }
    }
}
