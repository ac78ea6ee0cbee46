using System.Text.Json;
using Trek.Cli;

namespace Trek.Cli.Tests;

public sealed class ClinicalCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = TrekCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    // Issue 3 known case: 60 cm / 6 kg -> Mosteller 0.3162 m2, 31.6 mg twice daily (VITRAKVI label 2.2); 1.581 mL
    // rounded to the 0.2 mL graduation of a 5 mL oral syringe (Swiss VITRAKVI Fachinformation) = 1.6 mL = 32 mg.
    [Fact]
    public void Dose_Infant_JsonKnownValues()
    {
        var (code, output, _) = Run("dose", "--height-cm", "60", "--weight-kg", "6", "--json");
        Assert.Equal(0, code);
        var j = Json(output);
        Assert.Equal(0.3162, j.GetProperty("bsa_m2").GetDouble());
        Assert.Equal(31.6m, j.GetProperty("dose_mg").GetDecimal());
        Assert.Equal(1.6m, j.GetProperty("solution").GetProperty("volume_ml").GetDecimal());
        Assert.Equal(0.2m, j.GetProperty("solution").GetProperty("graduation_ml").GetDecimal());
        Assert.Equal("twice daily", j.GetProperty("frequency").GetString());
    }

    // Issue 3 known case: 144 cm / 25 kg -> 100 mg (Mosteller 1.00 m2) but 98.3 mg with Haycock (0.9826 m2).
    [Theory]
    [InlineData("mosteller", 1.0, 100.0)]
    [InlineData("haycock", 0.9826, 98.3)]
    public void Dose_Child_FormulaChangesDose(string formula, double bsa, double dose)
    {
        var (code, output, _) = Run("dose", "--height-cm", "144", "--weight-kg", "25", "--bsa-formula", formula, "--json");
        Assert.Equal(0, code);
        Assert.Equal(bsa, Json(output).GetProperty("bsa_m2").GetDouble());
        Assert.Equal((decimal)dose, Json(output).GetProperty("dose_mg").GetDecimal());
    }

    [Fact]
    public void Dose_Text_ShowsRulesAndSources()
    {
        var (code, output, _) = Run("dose", "--height-cm", "60", "--weight-kg", "6");
        Assert.Equal(0, code);
        Assert.Contains("Calculated dose: 31.6 mg twice daily", output);
        Assert.Contains("Oral solution 20 mg/mL: 1.6 mL = 32.0 mg (+1.2%), 5 mL oral syringe graduated in 0.2 mL", output);
        // Sources are numbered in order of first use and printed once (issue 16): Mosteller first, then the label.
        Assert.Contains("source: [2]", output);
        Assert.Contains("  [2] VITRAKVI (larotrectinib) US prescribing information, section 2.2", output);
    }

    // Issue 3: refuse impossible input with a clear one-line message and a non-zero exit.
    [Theory]
    [InlineData("0", "6", null, "height 0 cm is impossible")]
    [InlineData("100", "500", null, "weight 500 kg is impossible")]
    [InlineData("100", "15", "-1", "age -1 years is impossible")]
    public void Dose_ImpossibleInput_OneLineErrorExit2(string height, string weight, string? age, string message)
    {
        var args = new List<string> { "dose", "--height-cm", height, "--weight-kg", weight };
        if (age is not null)
        {
            args.AddRange(["--age-years", age]);
        }

        var (code, output, err) = Run([.. args]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"trek: error: {message}", err);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    // Issue 3: NTRK1 G667C is xDFG with no type I next-generation recommendation (Cocco 2021).
    [Fact]
    public void Resistance_G667C_XdfgJson()
    {
        var (code, output, _) = Run("resistance", "NTRK1 p.G667C", "--json");
        Assert.Equal(0, code);
        var j = Json(output);
        Assert.Equal("NTRK1", j.GetProperty("gene").GetString());
        Assert.Equal(667, j.GetProperty("position").GetInt32());
        Assert.Equal("xdfg", j.GetProperty("class").GetString());
        Assert.False(j.GetProperty("type1_next_gen_overcomes").GetBoolean());
        Assert.StartsWith("NP_001012331.1", j.GetProperty("reference_isoform").GetString());
    }

    [Theory]
    [InlineData("NTRK1 G595R", "solvent_front", true)]
    [InlineData("NTRK1 F589L", "gatekeeper", true)]
    [InlineData("BRAF V600E", "off_target", false)]
    public void Resistance_KnownVariant_Class(string variant, string cls, bool overcome)
    {
        var (code, output, _) = Run("resistance", variant, "--json");
        Assert.Equal(0, code);
        Assert.Equal(cls, Json(output).GetProperty("class").GetString());
        Assert.Equal(overcome, Json(output).GetProperty("type1_next_gen_overcomes").GetBoolean());
    }

    [Fact]
    public void Resistance_UnknownSensitivity_JsonNull()
    {
        var (_, output, _) = Run("resistance", "NTRK1 V573M", "--json");
        Assert.Equal(JsonValueKind.Null, Json(output).GetProperty("type1_next_gen_overcomes").ValueKind);
    }

    // Issue 3: NTRK3 K623R rejected because residue 623 of TRKC is G.
    [Fact]
    public void Resistance_WrongReference_Exit2NamingResidue()
    {
        var (code, _, err) = Run("resistance", "NTRK3 K623R", "--json");
        Assert.Equal(2, code);
        Assert.Contains("residue 623 of TRKC (NP_002521.2, 825 aa) is G, not K", err);
    }

    [Fact]
    public void Resistance_NeitherVariantNorVcf_UsageExit1()
    {
        Assert.Equal(1, Run("resistance").Code);
    }

    [Fact]
    public void Resistance_Vcf_JsonVariants()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trek-clinical-{Guid.NewGuid():N}.vcf");
        File.WriteAllText(path, "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n1\t1\t.\tG\tC\t.\tPASS\tANN=C|missense_variant|MODERATE|NTRK1|NTRK1|transcript|NM_002529.4|protein_coding|14/17|c.1783G>C|p.Gly595Arg|||||\n");
        try
        {
            var (code, output, _) = Run("resistance", "--vcf", path, "--json");
            Assert.Equal(0, code);
            var v = Json(output).GetProperty("passing");
            Assert.Equal(1, v.GetArrayLength());
            Assert.Equal("solvent_front", v[0].GetProperty("call").GetProperty("class").GetString());
            Assert.Equal("1", v[0].GetProperty("chrom").GetString());
            Assert.Equal(1, v[0].GetProperty("pos").GetInt64());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Eligibility_YamlRecord_JsonVerdict()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trek-clinical-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "birth_date: 2010-11-24\nassessment_date: 2026-11-24\ntumour_category: cns\ndisease_status: [metastatic, progressive]\nperformance: {scale: lansky, score: 70}\n");
        try
        {
            var (code, output, _) = Run("eligibility", path, "--json");
            Assert.Equal(0, code);
            var j = Json(output);
            Assert.Equal("not_eligible", j.GetProperty("verdict").GetString());
            var perf = j.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "performance_status");
            Assert.Equal("unknown", perf.GetProperty("status").GetString());   // 16 y: Karnofsky needed (Laetsch 2018)
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TestRoute_IhcPositiveNgsNegative_DiscordantJson()
    {
        var (code, output, _) = Run("test-route", "--tumour", "colorectal adenocarcinoma", "--age-group", "adult", "--ihc", "positive", "--rna-ngs", "negative", "--json");
        Assert.Equal(0, code);
        var j = Json(output);
        Assert.Equal("discordant", j.GetProperty("conclusion").GetString());
        Assert.Equal(1, j.GetProperty("conflicts").GetArrayLength());
    }

    [Fact]
    public void TestRoute_BadResultValue_UsageError()
    {
        var (code, _, _) = Run("test-route", "--tumour", "glioma", "--age-group", "adult", "--ihc", "maybe");
        Assert.NotEqual(0, code);
    }

    // Issue 10: "--weight-kg 6,2" was read as 62 kg (100 mg instead of about 32 mg). Every non-plain number is a
    // usage error naming the option (exit 1), before any dose is computed.
    [Theory]
    [InlineData("--weight-kg", "6,2", "comma")]
    [InlineData("--weight-kg", "6.2kg", "unit")]
    [InlineData("--weight-kg", "NaN", "not-a-number")]
    [InlineData("--weight-kg", "Infinity", "infinity")]
    [InlineData("--weight-kg", "1e1", "exponent")]
    [InlineData("--weight-kg", "", "nothing")]
    [InlineData("--weight-kg", " 6.2", "spaces")]
    [InlineData("--weight-kg", "6.2.1", "not a plain")]
    [InlineData("--height-cm", "60,5", "comma")]
    [InlineData("--age-years", "\u22121", "dash")]
    public void Dose_NumberNotPlain_UsageErrorNamingOption(string option, string value, string reason)
    {
        var args = new List<string> { "dose", "--height-cm", "60", "--weight-kg", "6.2" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (code, _, err) = Run([.. args]);
        Assert.Equal(1, code);
        Assert.Contains($"{option}: ", err);
        Assert.Contains(reason, err, StringComparison.OrdinalIgnoreCase);
    }

    // 60 cm with 62 kg: BMI 172 kg/m2, beyond any WHO/CDC growth reference: refused unless --force, then a warning.
    [Fact]
    public void Dose_ImplausibleHeightWeight_RefusedUnlessForced()
    {
        var (code, _, err) = Run("dose", "--height-cm", "60", "--weight-kg", "62");
        Assert.Equal(2, code);
        Assert.StartsWith("trek: error: height 60 cm with weight 62 kg gives a BMI of 172.2 kg/m2", err);

        (code, var output, err) = Run("dose", "--height-cm", "60", "--weight-kg", "62", "--force", "--json");
        Assert.Equal(0, code);
        Assert.StartsWith("trek: WARNING: height 60 cm with weight 62 kg", err);
        Assert.Contains("BMI of 172.2", Json(output).GetProperty("warnings")[0].GetString());

        (code, output, _) = Run("dose", "--height-cm", "60", "--weight-kg", "62", "--force");
        Assert.Equal(0, code);
        Assert.StartsWith("WARNING: height 60 cm with weight 62 kg", output);
    }

    // The audit's tumours that fell into "other": IFS, CMN, infant fibrosarcoma, "fibrosarcoma, infantile type" are
    // highly recurrent (ESMO 2019): first test a confirmatory assay, not "fusion unlikely".
    [Theory]
    [InlineData("IFS", "IFS", "high_recurrence")]
    [InlineData("CMN", "CMN", "high_recurrence")]
    [InlineData("infant fibrosarcoma", "IFS", "high_recurrence")]
    [InlineData("fibrosarcoma, infantile type", "IFS", "high_recurrence")]
    [InlineData("HGG", "HGGNOS", "physiological_trk")]
    [InlineData("DIPG", "DMG", "physiological_trk")]
    public void TestRoute_AuditTumours_Recognised(string tumour, string code, string group)
    {
        var (exit, output, _) = Run("test-route", "--tumour", tumour, "--age-group", "paediatric", "--ihc", "negative", "--json");
        Assert.Equal(0, exit);
        var j = Json(output);
        Assert.Equal(code, j.GetProperty("tumour_code").GetString());
        Assert.Equal(group, j.GetProperty("tumour_group").GetString());
        Assert.Equal("not_excluded", j.GetProperty("conclusion").GetString());
    }

    [Fact]
    public void TestRoute_UnknownTumour_RefusedWithNearestExit2()
    {
        var (code, output, err) = Run("test-route", "--tumour", "infantile fibrosarkoma", "--age-group", "paediatric");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("trek: error: unknown tumour type 'infantile fibrosarkoma': nearest: Infantile Fibrosarcoma (IFS)", err);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void TestRoute_ListTumours_TableAndHelpSaysHow()
    {
        var (code, output, _) = Run("test-route", "--list-tumours");
        Assert.Equal(0, code);
        Assert.Contains("IFS\tInfantile Fibrosarcoma\tNTRK fusions highly recurrent\t", output);
        (code, output, _) = Run("test-route", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--list-tumours", output);
    }

    [Fact]
    public void TestRoute_NoTumour_UsageError()
    {
        var (code, _, err) = Run("test-route", "--age-group", "adult");
        Assert.Equal(1, code);
        Assert.Contains("--tumour is required", err);
    }

    [Fact]
    public void Eligibility_MisspeltKey_RefusedExit2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trek-clinical-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "birth_dat: 2010-11-24\nassessment_date: 2026-11-24\n");
        try
        {
            var (code, output, err) = Run("eligibility", path);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.StartsWith($"trek: error: {path}: unknown key 'birth_dat' (did you mean birth_date?); known keys: patient_id, birth_date", err);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Issue 10: "NTRK1 p.G595*" was a solvent-front substitution; a stop codon is classed as nonsense (HGVS).
    [Fact]
    public void Resistance_StopCodon_NonsenseNotSolventFront()
    {
        var (code, output, _) = Run("resistance", "NTRK1 p.G595*", "--json");
        Assert.Equal(0, code);
        var j = Json(output);
        Assert.Equal("nonsense", j.GetProperty("class").GetString());
        Assert.Equal("loss_of_kinase", j.GetProperty("mechanism").GetString());
        Assert.Equal(JsonValueKind.Null, j.GetProperty("type1_next_gen_overcomes").ValueKind);
    }

    // Issue 10: NTRK2 p.G639R (MANE/literature numbering) failed without a flag.
    [Fact]
    public void Resistance_Ntrk2ManeNumbering_DefaultSaysIsoform()
    {
        var (code, output, _) = Run("resistance", "NTRK2 p.G639R");
        Assert.Equal(0, code);
        Assert.Contains("NTRK2 p.G623R: solvent-front mutation (on-target)", output);
        Assert.Contains("Numbering: 838-aa TRKB numbering (MANE Select NM_006180", output);
        Assert.Contains("Position 639 as written (838-aa TRKB numbering) = 623 in NP_001018074.1", output);
    }

    [Fact]
    public void Resistance_VcfWithoutAnnotation_Exit2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trek-clinical-{Guid.NewGuid():N}.vcf");
        File.WriteAllText(path, "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n1\t1\t.\tG\tC\t.\tPASS\tDP=3\n");
        try
        {
            var (code, output, err) = Run("resistance", "--vcf", path);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Contains("none of the 1 records carries a protein annotation", err);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
