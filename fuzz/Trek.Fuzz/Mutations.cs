using System.Text;
using FsCheck.Fluent;
using Gen = FsCheck.Fluent.Gen;

namespace Trek.Fuzz;

/// <summary>
/// FsCheck generators of mutation chains (1 to 8 edits) over a target's seeds: bit flips, special bytes,
/// truncation, insertion of random bytes, of dictionary tokens and of lines taken from any seed, duplication
/// and deletion of stretches.
/// </summary>
internal static class Mutations
{
    /// <summary>Bytes that end fields, lines and records, start headers, comments or YAML aliases, or are not ASCII.</summary>
    private static readonly byte[] Special = [0, 0xFF, 0x80, 0xC3, (byte)'\n', (byte)'\r', (byte)'\t', (byte)' ', (byte)'>', (byte)'@', (byte)'+',
        (byte)'#', (byte)'-', (byte)'0', (byte)'9', (byte)'.', (byte)',', (byte)'"', (byte)'{', (byte)'[', (byte)':', (byte)'&', (byte)'*', (byte)';', (byte)'='];

    /// <summary>Tokens worth inserting in any text format: number edges, empty and missing values, quotes, nesting.</summary>
    private static readonly string[] Tokens = ["-1", "0", "NaN", "Infinity", "1e308", "-1e308", "2147483647", "2147483648", "-2147483649",
        "9223372036854775808", "99999999999999999999999999999", "0x10", "1,5", "", ".", "NA", "\"", "\"\"", "\t", "\n", "\r\n", "\uFEFF", "[[[[[[[[", "{{{{",
        "&a [*a, *a]", "*a", "!!binary", "--- ", "...", "%YAML 1.2\n", "##", "#", ">", "@", "+\n", "chrT", "2024-02-30", "1900-01-01", "9999-12-31"];

    public static FsCheck.Gen<byte[]> Inputs(IReadOnlyList<byte[]> seeds)
    {
        var lines = seeds.SelectMany(Lines).Distinct().Take(2000).ToArray();
        var pieces = Tokens.Select(Encoding.UTF8.GetBytes).Concat(lines).ToArray();
        var draw = Gen.Choose(0, int.MaxValue).Select(i => (long)i);
        var one = Gen.OneOf(
            from p in draw from bit in Gen.Choose(0, 7) select (Mutation)new BitFlip(p, bit),
            from p in draw from v in Gen.Elements(Special) select (Mutation)new SetByte(p, v),
            from k in draw select (Mutation)new Truncate(k),
            from p in draw from n in Gen.Choose(1, 32) from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n) select (Mutation)new Insert(p, bytes),
            from p in draw from piece in Gen.Elements(pieces) select (Mutation)new Insert(p, piece),
            from f in draw from n in Gen.Choose(1, 256) from t in draw select (Mutation)new Duplicate(f, n, t),
            from f in draw from n in Gen.Choose(1, 64) select (Mutation)new Delete(f, n));
        return from seed in Gen.Elements(seeds.ToArray())
               from count in Gen.Choose(1, 8)
               from chain in Gen.ArrayOf(one, count)
               select chain.Aggregate(seed, (input, m) => m.Apply(input));
    }

    /// <summary>The lines of a seed, each with its newline, to splice into other seeds.</summary>
    private static IEnumerable<byte[]> Lines(byte[] seed)
    {
        var start = 0;
        for (var i = 0; i < seed.Length; i++)
        {
            if (seed[i] == (byte)'\n')
            {
                yield return seed[start..(i + 1)];
                start = i + 1;
            }
        }
    }
}
