using Trek.Fusion.Calling;
using Trek.Reports.Fusions;
using Trek.Reports.Interpretation;
using Trek.Reports.Samples;

namespace Trek.Reports.Tests;

/// <summary>
/// Each rule at its edge. Expected values follow the rule texts: ClinGen NTRK structure criteria (Saliba et al. 2022:
/// NTRK 3', kinase domain retained, in frame) and AMP/ASCO/CAP 2017 (Li et al., Table 2: level A approved in this
/// tumour type, level C approved in another, Tier III unknown significance).
/// </summary>
public sealed class FusionInterpreterTests
{
    private static FusionRecord Etv6Ntrk3 => FusionTableReader.Read(TestFiles.Example("expected_fusions.tsv")).Calls.Single(c => c.Gene2 == "NTRK3");

    [Fact]
    public void Interpret_ExampleEtv6Ntrk3InSolidTumour_TierILevelALarotrectinib()
    {
        var f = FusionInterpreter.Interpret(Etv6Ntrk3, TumourClass.Solid)!;
        Assert.Equal("NTRK3", f.NtrkGene);
        Assert.Equal(FindingCategory.Oncogenic, f.Category);
        Assert.All(f.Checks, c => Assert.Equal(Outcome.Met, c.Outcome));
        Assert.Equal((AmpTier.TierI, AmpLevel.A), (f.Tier.Tier, f.Tier.Level));
        Assert.Equal([Therapy.Larotrectinib, Therapy.Entrectinib], f.Tier.Therapies);
        Assert.True(f.Tier.Actionable);
    }

    [Theory]
    [InlineData(TumourClass.Solid, AmpTier.TierI, AmpLevel.A, true)]
    [InlineData(TumourClass.Haematological, AmpTier.TierII, AmpLevel.C, true)]
    [InlineData(TumourClass.Unknown, AmpTier.NotAssigned, AmpLevel.None, false)]
    public void Interpret_OncogenicByTumourClass_TierFollowsApprovalScope(TumourClass tumour, AmpTier tier, AmpLevel level, bool actionable)
    {
        var f = FusionInterpreter.Interpret(Etv6Ntrk3, tumour)!;
        Assert.Equal((tier, level, actionable), (f.Tier.Tier, f.Tier.Level, f.Tier.Actionable));
    }

    [Theory]
    [InlineData(ReadingFrame.InFrame, FindingCategory.Oncogenic)]
    [InlineData(ReadingFrame.OutOfFrame, FindingCategory.NotOncogenicStructure)]
    [InlineData(ReadingFrame.StopCodon, FindingCategory.NotOncogenicStructure)]
    [InlineData(ReadingFrame.Unknown, FindingCategory.StructureIncomplete)]
    public void Interpret_ReadingFrame_EachValue(ReadingFrame frame, FindingCategory expected)
    {
        var f = FusionInterpreter.Interpret(Etv6Ntrk3 with { ReadingFrame = frame }, TumourClass.Solid)!;
        Assert.Equal(expected, f.Category);
        Assert.Equal(expected == FindingCategory.Oncogenic, f.Tier.Actionable);
    }

    [Theory]
    [InlineData(DomainRetention.Retained, FindingCategory.Oncogenic, AmpTier.TierI)]
    [InlineData(DomainRetention.Lost, FindingCategory.NotOncogenicStructure, AmpTier.TierIII)]
    [InlineData(DomainRetention.Unknown, FindingCategory.StructureIncomplete, AmpTier.NotAssigned)]
    public void Interpret_KinaseDomain_EachValue(DomainRetention retained, FindingCategory expected, AmpTier tier)
    {
        var f = FusionInterpreter.Interpret(Etv6Ntrk3 with { KinaseDomainRetained = retained }, TumourClass.Solid)!;
        Assert.Equal((expected, tier), (f.Category, f.Tier.Tier));
    }

    [Theory]
    [InlineData(Confidence.High, FindingCategory.Oncogenic)]
    [InlineData(Confidence.Medium, FindingCategory.Oncogenic)]
    [InlineData(Confidence.Low, FindingCategory.LowConfidence)]
    public void Interpret_Confidence_LowIsNeverActionable(Confidence confidence, FindingCategory expected)
    {
        var f = FusionInterpreter.Interpret(Etv6Ntrk3 with { Confidence = confidence }, TumourClass.Solid)!;
        Assert.Equal(expected, f.Category);
        Assert.Equal(confidence != Confidence.Low, f.Tier.Actionable);
    }

    [Fact]
    public void Interpret_NtrkAsFivePrimePartner_OrientationNotMetTierIII()
    {
        // NTRK3::ETV6 (the reciprocal): the kinase column then describes ETV6, so the TRK kinase is not retained.
        var reciprocal = Etv6Ntrk3 with { Gene1 = "NTRK3", Gene2 = "ETV6", KinaseDomainRetained = DomainRetention.Unknown };
        var f = FusionInterpreter.Interpret(reciprocal, TumourClass.Solid)!;
        Assert.Equal(Outcome.NotMet, f.OutcomeOf(Criterion.Orientation));
        Assert.Equal(Outcome.NotMet, f.OutcomeOf(Criterion.KinaseDomainRetained));
        Assert.Equal((FindingCategory.NotOncogenicStructure, AmpTier.TierIII), (f.Category, f.Tier.Tier));
    }

    [Fact]
    public void Interpret_PartnerUnknown_NotTieredConfirmationNeeded()
    {
        var call = FusionTableReader.Read(TestFiles.Data("partner_unknown_fusions.tsv")).Calls.Single();
        var f = FusionInterpreter.Interpret(call, TumourClass.Solid)!;
        Assert.Equal(FindingCategory.PartnerUnknown, f.Category);
        Assert.Equal(Outcome.NotMet, f.OutcomeOf(Criterion.PartnerIdentified));
        Assert.Equal(Outcome.NotDetermined, f.OutcomeOf(Criterion.InFrame));
        Assert.Equal((AmpTier.NotAssigned, TierReason.NeedsConfirmation), (f.Tier.Tier, f.Tier.Reason));
        Assert.False(f.Tier.Actionable);
    }

    [Fact]
    public void Interpret_SpanningOnly_CategorySpanningOnly()
    {
        var call = Etv6Ntrk3 with { SplitReads = 0, Breakpoint1 = null, Breakpoint2 = null, ReadingFrame = ReadingFrame.Unknown, KinaseDomainRetained = DomainRetention.Unknown };
        Assert.Equal(FindingCategory.SpanningOnly, FusionInterpreter.Interpret(call, TumourClass.Solid)!.Category);
    }

    [Theory]
    [InlineData("NTRK1")]
    [InlineData("NTRK2")]
    [InlineData("NTRK3")]
    public void Interpret_EachNtrkGene_Recognised(string gene) =>
        Assert.Equal(gene, FusionInterpreter.Interpret(Etv6Ntrk3 with { Gene2 = gene }, TumourClass.Solid)!.NtrkGene);

    [Theory]
    [InlineData("BRAF")]
    [InlineData("NTRK")]
    [InlineData("ntrk3")]
    public void Interpret_NonNtrkGene_NoFinding(string gene) =>
        Assert.Null(FusionInterpreter.Interpret(Etv6Ntrk3 with { Gene2 = gene }, TumourClass.Solid));
}
