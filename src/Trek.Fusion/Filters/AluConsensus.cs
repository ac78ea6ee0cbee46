using Trek.Core.Sequences;
using Trek.IO.Fasta;

namespace Trek.Fusion.Filters;

/// <summary>The Alu-Sx consensus (GenBank U14574, bundled) and the best ungapped identity of a short sequence to it on either strand.</summary>
public static class AluConsensus
{
    private static readonly byte[] Forward = Load();
    private static readonly byte[] Reverse = ReverseOf(Forward);

    /// <summary>Highest fraction of identical bases of <paramref name="codes"/> placed anywhere along the consensus, either strand.</summary>
    public static double Identity(ReadOnlySpan<byte> codes)
    {
        var best = 0;
        foreach (var consensus in new[] { Forward, Reverse })
        {
            for (var o = 0; o + codes.Length <= consensus.Length; o++)
            {
                var same = codes.Length - Reads.Mismatches.CountEqualLength(codes, consensus.AsSpan(o, codes.Length));
                best = Math.Max(best, same);
            }
        }

        return codes.Length == 0 ? 0 : (double)best / codes.Length;
    }

    private static byte[] Load()
    {
        using var stream = typeof(AluConsensus).Assembly.GetManifestResourceStream("alu_sx_consensus.fa")
            ?? throw new InvalidOperationException("bundled Alu consensus missing from the assembly");
        var text = FastaReader.Read(stream, "alu_sx_consensus.fa").Single().Sequence;
        var codes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            codes[i] = Dna.Code((byte)text[i]);
        }

        return codes;
    }

    private static byte[] ReverseOf(byte[] codes)
    {
        var rc = new byte[codes.Length];
        Dna.ReverseComplementCodes(codes, rc);
        return rc;
    }
}
