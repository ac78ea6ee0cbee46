using Trek.Clinical.Resistance;

namespace Trek.Fuzz.Targets;

/// <summary>VCF through <see cref="Trek.IO.Vcf.VcfReader"/> as `trek resistance` reads it (ANN/CSQ protein annotations checked against the TRK proteins).</summary>
internal sealed class VcfTarget : FuzzTarget
{
    public override string Name => "vcf";

    public override IReadOnlyList<byte[]> Seeds(Repository repo) =>
    [
        repo.Bytes("tests/Trek.Clinical.Tests/data/snpeff_ann.vcf"),
        repo.Bytes("tests/Trek.Clinical.Tests/data/vep_csq.vcf"),
        repo.Bytes("tests/Trek.Clinical.Tests/data/wrong_residue.vcf"),
    ];

    public override void Execute(byte[] input, string scratch)
    {
        using var reader = new StreamReader(new MemoryStream(input));
        VcfResistance.Interpret(reader, "fuzz.vcf");
    }
}
