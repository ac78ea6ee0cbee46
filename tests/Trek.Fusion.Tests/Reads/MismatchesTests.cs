using Trek.Fusion.Reads;

namespace Trek.Fusion.Tests.Reads;

/// <summary>
/// <see cref="Mismatches.CountEqualLength"/> counts 32 bases at a time with Vector256 where the CPU has it
/// (AVX2) and the remainder one by one. Every length 0..130 crosses 0..4 whole vectors and every tail length,
/// so each is checked against <see cref="Reference"/>, the plain definition written out here.
/// </summary>
public sealed class MismatchesTests
{
    public static TheoryData<int> Lengths()
    {
        var data = new TheoryData<int>();
        for (var n = 0; n <= 130; n++)
        {
            data.Add(n);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void CountEqualLength_RandomCodes_EqualsScalarDefinition(int n)
    {
        // Codes 0..4 (A, C, G, T, N) with a fixed seed per length; 20 pairs each, from an offset of 0..3 into
        // a larger buffer so vector loads are not always aligned.
        var rng = new Random(1000 + n);
        for (var round = 0; round < 20; round++)
        {
            var a = new byte[n + 3];
            var b = new byte[n + 3];
            for (var i = 0; i < a.Length; i++)
            {
                a[i] = (byte)rng.Next(5);

                // Half the rounds: b mostly equals a, so counts near 0 are exercised too, not only ~80 %.
                b[i] = round % 2 == 0 && rng.Next(10) > 0 ? a[i] : (byte)rng.Next(5);
            }

            var offset = round % 4;
            var sa = a.AsSpan(offset, n);
            var sb = b.AsSpan(offset, n);
            Assert.Equal(Reference(sa, sb), Mismatches.CountEqualLength(sa, sb));
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void CountEqualLength_CraftedCodes_CountsComputedByHand(int n)
    {
        var acgt = new byte[n];
        for (var i = 0; i < n; i++)
        {
            acgt[i] = (byte)(i % 4);
        }

        // Identical A/C/G/T sequences: no mismatch.
        Assert.Equal(0, Mismatches.CountEqualLength(acgt, (byte[])acgt.Clone()));

        // Every base changed (x -> 3 - x swaps A<->T, C<->G): n mismatches.
        Assert.Equal(n, Mismatches.CountEqualLength(acgt, acgt.Select(c => (byte)(3 - c)).ToArray()));

        // N never matches, not even N: n mismatches for two all-N sequences.
        var ns = Enumerable.Repeat((byte)4, n).ToArray();
        Assert.Equal(n, Mismatches.CountEqualLength(ns, (byte[])ns.Clone()));

        // One change at each position in turn, including the last base of a 32-base block and the first of the tail: 1.
        for (var p = 0; p < n; p++)
        {
            var b = (byte[])acgt.Clone();
            b[p] = (byte)((b[p] + 1) % 4);
            Assert.Equal(1, Mismatches.CountEqualLength(acgt, b));
        }
    }

    [Fact]
    public void CountEqualLength_EmptySpans_Zero()
    {
        // Used to throw IndexOutOfRangeException on AVX2 machines only (it took a[0] of an empty span).
        Assert.Equal(0, Mismatches.CountEqualLength(ReadOnlySpan<byte>.Empty, ReadOnlySpan<byte>.Empty));
        Assert.Equal(0, Mismatches.CountEqualLength(new byte[10].AsSpan(10), new byte[3].AsSpan(3)));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(31, 32)]
    [InlineData(32, 31)]
    [InlineData(33, 64)]
    [InlineData(64, 33)]
    [InlineData(130, 129)]
    public void CountEqualLength_UnequalLengths_Refused(int la, int lb)
    {
        // Used to read past the shorter buffer (the vector loop ran on a's length).
        var a = new byte[la];
        var b = new byte[lb];
        var ex = Assert.Throws<ArgumentException>(() => Mismatches.CountEqualLength(a, b));
        Assert.Contains($"({la} and {lb})", ex.Message);
    }

    [Fact]
    public void Count_DiagonalOffTranscript_PositionsOutsideCountAsMismatches()
    {
        // Read ACGTACGT (codes 0123 0123) on transcript CGTA (1230) at diagonal -1: read x lies on transcript x-1.
        // x=0 is before the transcript (1 mismatch); x=1..4 are C,G,T,A on C,G,T,A (0); x=5..7 are past its end (3).
        byte[] read = [0, 1, 2, 3, 0, 1, 2, 3];
        byte[] transcript = [1, 2, 3, 0];
        Assert.Equal(4, Mismatches.Count(read, transcript, -1, 0, 8));
        Assert.Equal(0, Mismatches.Count(read, transcript, -1, 1, 5));
    }

    /// <summary>The definition: a position mismatches when the codes differ or the base is N (code 4) or other.</summary>
    private static int Reference(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] || a[i] >= 4)
            {
                count++;
            }
        }

        return count;
    }
}
