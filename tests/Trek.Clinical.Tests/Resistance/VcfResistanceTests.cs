using Trek.Clinical.Resistance;
using Trek.Core;

namespace Trek.Clinical.Tests.Resistance;

public sealed class VcfResistanceTests
{
    private static IReadOnlyList<ResistanceCall> Run(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", name);
        using var reader = new StreamReader(path);
        return VcfResistance.Interpret(reader, name);
    }

    // snpEff ANN: HGVS.p is field 11. Line 4 carries two transcripts; the 790-aa one (p.Gly589Arg) does not validate
    // against the 796-aa canonical TRKA and is passed over for the 796-aa one (p.Gly595Arg). TP53 is not reported.
    [Fact]
    public void Interpret_SnpEffAnn_TrkAndBypassCalls()
    {
        var calls = Run("snpeff_ann.vcf");
        Assert.Equal(["NTRK1 p.G595R solvent_front", "NTRK1 p.G667C xdfg", "BRAF p.V600E off_target", "NTRK3 p.Leu668fs unknown"],
            calls.Select(c => $"{c.Gene} {c.Hgvsp} {System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Class.ToString())}"));
        Assert.False(calls[3].ReferenceValidated);
    }

    // VEP CSQ: layout from the header; "ENSP...:p.Gly623Arg" reduced to the protein change.
    [Fact]
    public void Interpret_VepCsq_UsesHeaderLayout()
    {
        var calls = Run("vep_csq.vcf");
        Assert.Equal(2, calls.Count);
        Assert.Equal(MutationClass.SolventFront, calls[0].Class);
        Assert.Equal(623, calls[0].Position);
        Assert.Equal(MutationClass.OffTarget, calls[1].Class);
    }

    [Fact]
    public void Interpret_WrongResidue_ThrowsWithFileAndLine()
    {
        var ex = Assert.Throws<InputException>(() => Run("wrong_residue.vcf"));
        Assert.StartsWith("wrong_residue.vcf:4: ", ex.Message);
        Assert.Contains("is G, not K", ex.Message);
    }

    [Fact]
    public void Read_ShortRecord_ThrowsWithLine()
    {
        var ex = Assert.Throws<InputException>(() => VcfProteinAnnotations.Read(new StringReader("#CHROM\n1\t2\t.\n"), "x.vcf").ToList());
        Assert.StartsWith("x.vcf:2: ", ex.Message);
    }
}
