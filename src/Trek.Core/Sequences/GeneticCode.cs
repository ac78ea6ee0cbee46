namespace Trek.Core.Sequences;

/// <summary>The standard genetic code (NCBI translation table 1) over base codes (A=0, C=1, G=2, T=3).</summary>
public static class GeneticCode
{
    // Index = 16*first + 4*second + third, bases in ACGT order.
    private const string Table = "KNKNTTTTRSRSIIMIQHQHPPPPRRRRLLLLEDEDAAAAGGGGVVVV*Y*YSSSS*CWCLFLF";

    /// <summary>Amino acid of one codon; 'X' when a base is not A/C/G/T.</summary>
    public static char Translate(byte b1, byte b2, byte b3) =>
        b1 > 3 || b2 > 3 || b3 > 3 ? 'X' : Table[(b1 * 16) + (b2 * 4) + b3];

    /// <summary>Translates whole codons of a code sequence (a trailing partial codon is ignored).</summary>
    public static string Translate(ReadOnlySpan<byte> codes)
    {
        var n = codes.Length / 3;
        var chars = new char[n];
        for (var i = 0; i < n; i++)
        {
            chars[i] = Translate(codes[3 * i], codes[(3 * i) + 1], codes[(3 * i) + 2]);
        }

        return new string(chars);
    }
}
