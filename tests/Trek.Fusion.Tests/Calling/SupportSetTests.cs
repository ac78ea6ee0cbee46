using Trek.Fusion.Calling;

namespace Trek.Fusion.Tests.Calling;

/// <summary>Support counting with duplicates and homologous reads (issue 8: with the homology filter off, homologous reads skipped duplicate removal).</summary>
public sealed class SupportSetTests
{
    /// <summary>Signatures A, A, B (plain) and C, C, C, A (homologous): by hand, 2 distinct plain, 3 distinct over all (A, B, C).</summary>
    private static SupportSet Example()
    {
        var s = new SupportSet();
        s.Add(0xA, false);
        s.Add(0xA, false);
        s.Add(0xB, false);
        s.Add(0xC, true);
        s.Add(0xC, true);
        s.Add(0xC, true);
        s.Add(0xA, true);
        return s;
    }

    [Fact]
    public void Count_HomologyFilterOn_HomologousReadsLeftOut()
    {
        var s = Example();
        Assert.Equal(2, s.Count(removeDuplicates: true));
        Assert.Equal(3, s.Count(removeDuplicates: false));
        Assert.Equal(4, s.Homologous);
    }

    [Fact]
    public void CountWithHomologous_DuplicatesFilterOn_HomologousDuplicatesCountOnce()
    {
        var s = Example();

        // Before the fix: 2 distinct + 4 homologous added raw = 6. Distinct signatures over all seven reads: A, B, C = 3.
        Assert.Equal(3, s.CountWithHomologous(removeDuplicates: true));
        Assert.Equal(4, s.DuplicatesWithHomologous); // 7 reads, 3 distinct
        Assert.Equal(7, s.CountWithHomologous(removeDuplicates: false));
    }

    [Fact]
    public void Merge_TwoWorkers_SameAsOne()
    {
        var a = new SupportSet();
        a.Add(0xA, false);
        a.Add(0xC, true);
        var b = new SupportSet();
        b.Add(0xA, false);
        b.Add(0xB, false);
        b.Add(0xC, true);
        b.Add(0xC, true);
        b.Add(0xA, true);
        a.Merge(b);
        var one = Example();
        Assert.Equal(one.CountWithHomologous(true), a.CountWithHomologous(true));
        Assert.Equal(one.Count(true), a.Count(true));
        Assert.Equal(one.DuplicatesWithHomologous, a.DuplicatesWithHomologous);
    }
}
