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

    // Issue 3 known case: 60 cm / 6 kg -> Mosteller 0.3162 m2, 31.6 mg = 1.58 mL twice daily (VITRAKVI label 2.2).
    [Fact]
    public void Dose_Infant_JsonKnownValues()
    {
        var (code, output, _) = Run("dose", "--height-cm", "60", "--weight-kg", "6", "--json");
        Assert.Equal(0, code);
        var j = Json(output);
        Assert.Equal(0.3162, j.GetProperty("bsa_m2").GetDouble());
        Assert.Equal(31.6m, j.GetProperty("dose_mg").GetDecimal());
        Assert.Equal(1.58m, j.GetProperty("solution_ml").GetDecimal());
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
        Assert.Contains("31.6 mg twice daily = 1.58 mL", output);
        Assert.Contains("source: VITRAKVI (larotrectinib) US prescribing information, section 2.2", output);
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
            var v = Json(output).GetProperty("variants");
            Assert.Equal(1, v.GetArrayLength());
            Assert.Equal("solvent_front", v[0].GetProperty("class").GetString());
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
}
