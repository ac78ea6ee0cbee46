using Trek.Clinical.TestRoute;
using static Trek.Clinical.TestRoute.AssayResult;

namespace Trek.Clinical.Tests.TestRoute;

public sealed class TestRouteAdvisorTests
{
    private const string Ifs = "infantile fibrosarcoma";
    private const string Crc = "colorectal adenocarcinoma";

    // First test. ESMO 2019: highly recurrent -> confirmatory assay (FISH, RT-PCR, RNA NGS); elsewhere IHC screen or
    // front-line RNA NGS; IHC unreliable in neural/smooth-muscle tissue. Albert 2019: NGS for low-prevalence paediatric tumours.
    [Theory]
    [InlineData(Ifs, AgeGroup.Paediatric, "confirmatory_fish_rt_pcr_or_rna_ngs")]
    [InlineData("secretory breast carcinoma", AgeGroup.Adult, "confirmatory_fish_rt_pcr_or_rna_ngs")]
    [InlineData(Crc, AgeGroup.Adult, "pan_trk_ihc_or_rna_ngs")]
    [InlineData("sarcoma", AgeGroup.Paediatric, "rna_ngs")]                 // SARCNOS: NTRK fusions uncommon
    [InlineData("glioma", AgeGroup.Adult, "rna_ngs")]
    public void Advise_NoResults_FirstTest(string tumour, AgeGroup age, string next)
    {
        var a = TestRouteAdvisor.Advise(tumour, age, new TestResults());
        Assert.Equal("no_results", a.Conclusion);
        Assert.Equal(next, a.NextTest);
        Assert.NotEmpty(a.Rules);
    }

    // One table over result combinations: (tumour, IHC, FISH, RT-PCR, DNA, RNA) -> (conclusion, next, conflicts).
    // Sources in TestRouteAdvisor beside each rule: ESMO 2019 unless stated.
    [Theory]
    [InlineData(Crc, Positive, NotDone, NotDone, NotDone, NotDone, "fusion_likely", "rna_ngs", 0)]          // IHC screens, RNA confirms
    [InlineData(Crc, Weak, NotDone, NotDone, NotDone, NotDone, "fusion_likely", "rna_ngs", 0)]              // weak = equivocal
    [InlineData(Crc, Negative, NotDone, NotDone, NotDone, NotDone, "fusion_unlikely", "none", 0)]
    [InlineData("glioma", Negative, NotDone, NotDone, NotDone, NotDone, "not_excluded", "rna_ngs", 0)]      // IHC unreliable
    [InlineData(Ifs, Negative, NotDone, NotDone, NotDone, NotDone, "not_excluded", "confirmatory_fish_rt_pcr_or_rna_ngs", 0)] // NTRK3 weak staining
    [InlineData(Crc, Positive, NotDone, NotDone, NotDone, Positive, "fusion_confirmed", "none", 0)]
    [InlineData(Crc, Positive, NotDone, NotDone, NotDone, Negative, "discordant", "orthogonal_confirmation", 1)] // IHC+ / NGS-
    [InlineData(Crc, NotDone, NotDone, NotDone, Negative, NotDone, "not_excluded", "rna_ngs", 0)]           // DNA- with RNA not done
    [InlineData(Crc, NotDone, NotDone, NotDone, Negative, Positive, "fusion_confirmed", "none", 1)]         // DNA missed it
    [InlineData(Crc, NotDone, NotDone, NotDone, Positive, Negative, "discordant", "pan_trk_ihc", 1)]        // DNA+ / RNA-: show expression
    [InlineData(Crc, NotDone, NotDone, NotDone, Positive, NotDone, "fusion_likely", "rna_ngs", 0)]
    [InlineData(Crc, Negative, NotDone, NotDone, NotDone, Positive, "fusion_confirmed", "none", 1)]         // IHC false negative
    [InlineData(Crc, NotDone, NotDone, NotDone, NotDone, Negative, "no_fusion_detected", "none", 0)]
    [InlineData(Ifs, NotDone, Positive, NotDone, NotDone, NotDone, "fusion_confirmed", "none", 0)]          // FISH confirms where recurrent
    [InlineData(Crc, NotDone, Positive, NotDone, NotDone, NotDone, "fusion_likely", "rna_ngs", 0)]          // FISH alone elsewhere
    [InlineData(Ifs, NotDone, Negative, NotDone, NotDone, NotDone, "not_excluded", "rna_ngs", 0)]
    [InlineData(Ifs, NotDone, NotDone, Negative, NotDone, NotDone, "not_excluded", "rna_ngs", 0)]
    [InlineData(Ifs, NotDone, NotDone, Positive, NotDone, NotDone, "fusion_confirmed", "none", 0)]
    [InlineData(Ifs, NotDone, NotDone, Positive, NotDone, Negative, "discordant", "orthogonal_confirmation", 1)]
    [InlineData(Crc, NotDone, NotDone, NotDone, NotDone, Failed, "no_results", "pan_trk_ihc_or_rna_ngs", 0)] // failed = not done
    [InlineData(Crc, NotDone, NotDone, NotDone, Negative, Failed, "not_excluded", "rna_ngs", 0)]
    public void Advise_Results_ConclusionAndNextTest(string tumour, AssayResult ihc, AssayResult fish, AssayResult rtPcr, AssayResult dna, AssayResult rna, string conclusion, string next, int conflicts)
    {
        var a = TestRouteAdvisor.Advise(tumour, AgeGroup.Adult, new TestResults(ihc, fish, rtPcr, dna, rna));
        Assert.Equal(conclusion, a.Conclusion);
        Assert.Equal(next, a.NextTest);
        Assert.Equal(conflicts, a.Conflicts.Count);
        Assert.All(a.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void Advise_FailedAssay_RuleSaysRepeat()
    {
        var a = TestRouteAdvisor.Advise(Crc, AgeGroup.Adult, new TestResults(RnaNgs: Failed));
        Assert.Contains(a.Rules, r => r.Rule.StartsWith("RNA NGS failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Advise_PaediatricHighRecurrence_CitesPaediatricConsensus()
    {
        var a = TestRouteAdvisor.Advise(Ifs, AgeGroup.Paediatric, new TestResults());
        Assert.Contains(a.Rules, r => r.Source.Contains("Albert CM", StringComparison.Ordinal));
    }
}
