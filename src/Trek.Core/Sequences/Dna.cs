namespace Trek.Core.Sequences;

/// <summary>Nucleotide codes used on hot paths: A=0, C=1, G=2, T=3, anything else (N, IUPAC) = 4.</summary>
public static class Dna
{
    public const byte N = 4;

    private static readonly byte[] CodeTable = BuildCodeTable();
    private static readonly byte[] ComplementTable = BuildComplementTable();

    /// <summary>Code of one ASCII base (case-insensitive; U reads as T).</summary>
    public static byte Code(byte ascii) => CodeTable[ascii];

    /// <summary>ASCII letter of a code.</summary>
    public static char Letter(byte code) => "ACGTN"[code > 4 ? 4 : code];

    /// <summary>Writes codes of an ASCII sequence.</summary>
    public static void Encode(ReadOnlySpan<byte> ascii, Span<byte> codes)
    {
        for (var i = 0; i < ascii.Length; i++)
        {
            codes[i] = CodeTable[ascii[i]];
        }
    }

    /// <summary>Writes the reverse complement of a code sequence.</summary>
    public static void ReverseComplementCodes(ReadOnlySpan<byte> codes, Span<byte> destination)
    {
        var n = codes.Length;
        for (var i = 0; i < n; i++)
        {
            var c = codes[n - 1 - i];
            destination[i] = c == N ? N : (byte)(3 - c);
        }
    }

    /// <summary>Reverse complement of an ASCII sequence, keeping case-insensitive IUPAC N as N.</summary>
    public static string ReverseComplement(string sequence)
    {
        var chars = new char[sequence.Length];
        for (var i = 0; i < sequence.Length; i++)
        {
            var c = sequence[sequence.Length - 1 - i];
            chars[i] = c < 128 ? (char)ComplementTable[c] : 'N';
        }

        return new string(chars);
    }

    /// <summary>Codes to an upper-case ASCII string.</summary>
    public static string Decode(ReadOnlySpan<byte> codes)
    {
        return string.Create(codes.Length, codes.ToArray(), static (span, c) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Letter(c[i]);
            }
        });
    }

    private static byte[] BuildCodeTable()
    {
        var t = new byte[256];
        Array.Fill(t, N);
        t['A'] = t['a'] = 0;
        t['C'] = t['c'] = 1;
        t['G'] = t['g'] = 2;
        t['T'] = t['t'] = t['U'] = t['u'] = 3;
        return t;
    }

    private static byte[] BuildComplementTable()
    {
        var t = new byte[128];
        for (var i = 0; i < 128; i++)
        {
            t[i] = (byte)'N';
        }

        t['A'] = (byte)'T';
        t['C'] = (byte)'G';
        t['G'] = (byte)'C';
        t['T'] = (byte)'A';
        t['a'] = (byte)'t';
        t['c'] = (byte)'g';
        t['g'] = (byte)'c';
        t['t'] = (byte)'a';
        return t;
    }
}
