using Trek.Clinical.Resistance;

namespace Trek.Clinical.Tests.Resistance;

/// <summary>
/// Issue 10: "NTRK1 p.G595*" was classed as a solvent-front substitution that next-generation inhibitors overcome.
/// Notation: HGVS protein nomenclature (nonsense *, Ter; fs; del; dup; ins; delins; =). Residues of TRKA
/// NP_001012331.1 read from the embedded sequence (G595, D596, F600, I510 = first kinase residue, L784 = last,
/// A785, V790); kinase domain 510-784 (Manning 2002 Kincat). A truncation at or before residue 784, or an in-frame
/// indel overlapping 510-784, removes or disrupts the kinase: class by kind, mechanism loss_of_kinase, never
/// "overcome by next-generation inhibitors".
/// </summary>
public sealed class NonSubstitutionTests
{
    [Theory]
    [InlineData("NTRK1 p.G595*", MutationClass.Nonsense, "p.G595*", true)]
    [InlineData("NTRK1 p.Gly595Ter", MutationClass.Nonsense, "p.G595*", true)]
    [InlineData("NTRK1 p.(Gly595*)", MutationClass.Nonsense, "p.G595*", true)]
    [InlineData("NTRK1 p.G595fs", MutationClass.Frameshift, "p.G595fs", true)]
    [InlineData("NTRK1 p.G595Afs*12", MutationClass.Frameshift, "p.G595fs", true)]
    [InlineData("NTRK1 p.Gly595AlafsTer12", MutationClass.Frameshift, "p.G595fs", true)]
    [InlineData("NTRK1 p.G595fs*?", MutationClass.Frameshift, "p.G595fs", true)]
    [InlineData("NTRK1 p.G595_F600del", MutationClass.InframeDeletion, "p.G595_F600del", true)]
    [InlineData("NTRK1 p.Gly595del", MutationClass.InframeDeletion, "p.G595del", true)]
    [InlineData("NTRK1 p.G595dup", MutationClass.InframeInsertion, "p.G595dup", true)]
    [InlineData("NTRK1 p.G595_D596insA", MutationClass.InframeInsertion, "p.G595_D596insA", true)]
    [InlineData("NTRK1 p.G595_F600delinsAla", MutationClass.InframeInsertion, "p.G595_F600delinsAla", true)]
    [InlineData("NTRK1 p.K100*", MutationClass.Nonsense, "p.K100*", true)]               // before the kinase: all of it lost
    [InlineData("NTRK1 p.L784*", MutationClass.Nonsense, "p.L784*", true)]               // last kinase residue: edge, lost
    [InlineData("NTRK1 p.A785*", MutationClass.Nonsense, "p.A785*", false)]              // first residue after: kinase intact
    [InlineData("NTRK1 p.V790fs", MutationClass.Frameshift, "p.V790fs", false)]
    [InlineData("NTRK1 p.A500_D509del", MutationClass.InframeDeletion, "p.A500_D509del", false)] // ends just before 510
    [InlineData("NTRK1 p.A500_I510del", MutationClass.InframeDeletion, "p.A500_I510del", true)]  // reaches 510
    public void Interpret_NotASubstitution_ClassedByKindNeverOvercome(string input, MutationClass cls, string hgvsp, bool kinaseLost)
    {
        var call = ResistanceInterpreter.Interpret(input);
        Assert.Equal(cls, call.Class);
        Assert.Equal(hgvsp, call.Hgvsp);
        Assert.Equal(kinaseLost, call.KinaseLost);
        Assert.Equal(kinaseLost ? "loss_of_kinase" : "unknown", call.Mechanism);
        Assert.Null(call.Type1NextGenOvercomes);
        Assert.Null(call.Type2Sensitive);
        Assert.True(call.ReferenceValidated);
        Assert.DoesNotContain("overcome it", call.Interpretation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NTRK1 p.G595=")]
    [InlineData("NTRK1 G595G")]
    public void Interpret_Synonymous_NotResistance(string input)
    {
        var call = ResistanceInterpreter.Interpret(input);
        Assert.Equal(MutationClass.Synonymous, call.Class);
        Assert.Equal("p.G595=", call.Hgvsp);
        Assert.Null(call.Type1NextGenOvercomes);
    }

    [Theory]
    [InlineData("NTRK1 p.A595*", "residue 595 of TRKA (NP_001012331.1, 796 aa) is G, not A")]
    [InlineData("NTRK1 p.G595_A600del", "residue 600 of TRKA (NP_001012331.1, 796 aa) is F, not A")]   // end residue checked too
    [InlineData("NTRK1 p.G797*", "position 797 is beyond the end of NP_001012331.1 (TRKA, 796 aa)")]
    public void Interpret_WrongOrImpossibleResidue_Refused(string input, string message)
    {
        var ex = Assert.Throws<Trek.Core.InputException>(() => ResistanceInterpreter.Interpret(input));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KRAS p.G12*", MutationClass.Nonsense)]
    [InlineData("BRAF p.V600_K601del", MutationClass.InframeDeletion)]
    [InlineData("TP53 p.R175fs", MutationClass.Frameshift)]
    public void Interpret_OtherGeneNotSubstitution_ClassedNotBypass(string input, MutationClass cls)
    {
        var call = ResistanceInterpreter.Interpret(input);
        Assert.Equal(cls, call.Class);
        Assert.Equal("unknown", call.Mechanism);
        Assert.Null(call.Type1NextGenOvercomes);
    }
}
