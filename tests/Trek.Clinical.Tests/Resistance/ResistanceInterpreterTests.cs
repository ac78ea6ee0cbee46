using Trek.Clinical.Resistance;
using Trek.Core;

namespace Trek.Clinical.Tests.Resistance;

public sealed class ResistanceInterpreterTests
{
    // Classes: solvent front and gatekeeper (Drilon 2017 Cancer Discov; Drilon 2018 Cancer Discov: overcome by
    // selitrectinib/repotrectinib), xDFG (Cocco 2021 Cancer Discov: resistant to type I, sensitive to type II).
    [Theory]
    [InlineData("NTRK1 G595R", MutationClass.SolventFront, true, null)]        // issue 3 known case
    [InlineData("NTRK1 F589L", MutationClass.Gatekeeper, true, null)]          // issue 3 known case
    [InlineData("NTRK1 p.G667C", MutationClass.Xdfg, false, true)]             // issue 3 known case
    [InlineData("NTRK1 p.Gly595Arg", MutationClass.SolventFront, true, null)]  // three-letter HGVS
    [InlineData("NTRK1:p.(Gly667Ser)", MutationClass.Xdfg, false, true)]
    [InlineData("NTRK3 G623R", MutationClass.SolventFront, true, null)]
    [InlineData("NTRK3 F617L", MutationClass.Gatekeeper, true, null)]
    [InlineData("NTRK3 G696A", MutationClass.Xdfg, false, true)]               // Cocco 2021: TRKC G696
    [InlineData("NTRK2 G623R", MutationClass.SolventFront, true, null)]        // 822-aa numbering (--ntrk2-numbering 822)
    [InlineData("NTRK2 F617L", MutationClass.Gatekeeper, true, null)]
    [InlineData("NTRK2 G693S", MutationClass.Xdfg, false, true)]
    [InlineData("NTRK1 V573M", MutationClass.KinaseOther, null, null)]
    public void Interpret_TrkKinaseChange_Classified(string input, MutationClass cls, bool? type1, bool? type2)
    {
        var call = ResistanceInterpreter.Interpret(input, Ntrk2Numbering.Isoform822);
        Assert.Equal(cls, call.Class);
        Assert.Equal(type1, call.Type1NextGenOvercomes);
        Assert.Equal(type2, call.Type2Sensitive);
        Assert.True(call.ReferenceValidated);
        Assert.Contains(TrkReference.ForGene(call.Gene)!.Accession, call.ReferenceIsoform);
    }

    // Kinase-domain edges from the Kincat table (Manning 2002): TRKA 510-784, TRKB 538-807, TRKC 538-809.
    // Residues at the edges read from the embedded sequences.
    [Theory]
    [InlineData("NTRK1 D509N", MutationClass.Unknown)]
    [InlineData("NTRK1 I510V", MutationClass.KinaseOther)]
    [InlineData("NTRK1 L784P", MutationClass.KinaseOther)]
    [InlineData("NTRK1 A785T", MutationClass.Unknown)]
    [InlineData("NTRK3 D537N", MutationClass.Unknown)]
    [InlineData("NTRK3 I538V", MutationClass.KinaseOther)]
    [InlineData("NTRK3 I809V", MutationClass.KinaseOther)]
    [InlineData("NTRK3 L810P", MutationClass.Unknown)]
    [InlineData("NTRK2 N537S", MutationClass.Unknown)]
    [InlineData("NTRK2 I538V", MutationClass.KinaseOther)]
    [InlineData("NTRK2 L807P", MutationClass.KinaseOther)]
    [InlineData("NTRK2 Q808R", MutationClass.Unknown)]
    public void Interpret_KinaseDomainEdge_InsideOrOutside(string input, MutationClass cls)
    {
        Assert.Equal(cls, ResistanceInterpreter.Interpret(input, Ntrk2Numbering.Isoform822).Class);
    }

    // issue 3: "NTRK3 K623R rejected because residue 623 of TRKC is G".
    [Theory]
    [InlineData("NTRK3 K623R", "residue 623 of TRKC (NP_002521.2, 825 aa) is G, not K")]
    [InlineData("NTRK1 p.Ala595Arg", "residue 595 of TRKA (NP_001012331.1, 796 aa) is G, not A")]
    [InlineData("NTRK1 G900R", "position 900 is beyond the end of NP_001012331.1 (TRKA, 796 aa)")]
    [InlineData("BRAF A600E", "residue 600 of BRAF is V, not A")]
    [InlineData("KRAS A12D", "residue 12 of KRAS is G, not A")]
    public void Interpret_WrongReference_ThrowsNamingResidueFound(string input, string message)
    {
        var ex = Assert.Throws<InputException>(() => ResistanceInterpreter.Interpret(input));
        Assert.Contains(message, ex.Message);
    }

    // NTRK2 numbering (shared data README section 5): literature/MANE 838-aa F633/G639/G709 = 822-aa F617/G623/G693.
    // Issue 10: "NTRK2 p.G639R" (the literature's and MANE numbering) must work without a flag.
    [Theory]
    [InlineData("NTRK2 p.G639R", 623, MutationClass.SolventFront)]
    [InlineData("NTRK2 p.F633L", 617, MutationClass.Gatekeeper)]
    [InlineData("NTRK2 p.G709C", 693, MutationClass.Xdfg)]
    public void Interpret_Ntrk2ManeNumberingByDefault_MapsHotspotAndSaysIsoform(string input, int position, MutationClass cls)
    {
        var call = ResistanceInterpreter.Interpret(input);
        Assert.Equal(position, call.Position);
        Assert.Equal(position + 16, call.InputPosition);
        Assert.Equal(cls, call.Class);
        Assert.StartsWith("NP_001018074.1", call.ReferenceIsoform);
        Assert.StartsWith("838-aa TRKB numbering (MANE Select NM_006180", call.Numbering);
    }

    [Fact]
    public void Interpret_Ntrk2822NumberingGivenLiteraturePosition_RefusedWithHint()
    {
        var ex = Assert.Throws<InputException>(() => ResistanceInterpreter.Interpret("NTRK2 p.G639R", Ntrk2Numbering.Isoform822));
        Assert.Contains("residue 639 of TRKB (NP_001018074.1, 822 aa) is M, not G", ex.Message);
        Assert.Contains("838-aa", ex.Message);
        Assert.Contains("G623", ex.Message);
    }

    [Fact]
    public void Interpret_Ntrk2ManeNonHotspot_RefusedSayingWhy()
    {
        var ex = Assert.Throws<InputException>(() => ResistanceInterpreter.Interpret("NTRK2 p.G650R"));
        Assert.Contains("can map only the hotspots", ex.Message);
        Assert.Contains("--ntrk2-numbering 822", ex.Message);
    }

    [Fact]
    public void Interpret_OtherGenes_NoNumberingNote()
    {
        Assert.Null(ResistanceInterpreter.Interpret("NTRK1 G595R").Numbering);
        Assert.Equal("822-aa TRKB numbering of NP_001018074.1 (TRKB, 822 aa)", ResistanceInterpreter.Interpret("NTRK2 G623R", Ntrk2Numbering.Isoform822).Numbering);
    }

    // Off-target bypass: Cocco 2019 Nat Med (BRAF V600E, KRAS G12/G13, MET amplification).
    [Theory]
    [InlineData("BRAF V600E")]
    [InlineData("BRAF p.Val600Glu")]
    [InlineData("KRAS G12D")]
    [InlineData("KRAS p.G13D")]
    [InlineData("MET amplification")]
    [InlineData("MET amp")]
    public void Interpret_BypassAlteration_OffTargetNotOvercome(string input)
    {
        var call = ResistanceInterpreter.Interpret(input);
        Assert.Equal(MutationClass.OffTarget, call.Class);
        Assert.False(call.Type1NextGenOvercomes);
    }

    [Theory]
    [InlineData("TP53 R175H")]
    [InlineData("KRAS Q61H")]
    [InlineData("ALK amplification")]
    public void Interpret_NotInTable_UnknownWithNullSensitivity(string input)
    {
        var call = ResistanceInterpreter.Interpret(input);
        Assert.Equal(MutationClass.Unknown, call.Class);
        Assert.Null(call.Type1NextGenOvercomes);
    }

    [Theory]
    [InlineData("NTRK1")]
    [InlineData("NTRK1 G595")]
    [InlineData("NTRK1 p.Xyz595Arg")]
    [InlineData("NTRK1 p.G0R")]
    [InlineData("NTRK1 p.G595X")]              // legacy stop: refused, not guessed
    [InlineData("NTRK1 p.G600_F595del")]       // range backwards
    [InlineData("NTRK1 p.G595ins")]            // ins needs a range and residues
    [InlineData("NTRK1 p.G595_L596ins")]
    [InlineData("NTRK1 p.G595dupA")]
    public void Interpret_Unparseable_Throws(string input)
    {
        Assert.Throws<InputException>(() => ResistanceInterpreter.Interpret(input));
    }
}
