using Trek.Trials.Escalation;

namespace Trek.Trials.Tests;

public sealed class BoinBoundariesTests
{
    private static readonly BoinBoundaries Target30 = new(0.3);

    // Liu & Yuan 2015 / BOIN package: λe = 0.236, λd = 0.358 for target 0.3 (R/boin_reference.R: 0.2364906852, 0.3585194646).
    [Fact]
    public void Lambdas_Target30_MatchPublished()
    {
        Assert.Equal(0.2364906852, Target30.LambdaE, 10);
        Assert.Equal(0.3585194646, Target30.LambdaD, 10);
    }

    // Every n from 3 to 30: R/boin_reference.R (R's log and pbeta, independent of this code).
    [Theory]
    [InlineData(3, 0, 2, 3)]
    [InlineData(4, 0, 2, 3)]
    [InlineData(5, 1, 2, 4)]
    [InlineData(6, 1, 3, 4)]
    [InlineData(7, 1, 3, 5)]
    [InlineData(8, 1, 3, 5)]
    [InlineData(9, 2, 4, 5)]
    [InlineData(10, 2, 4, 6)]
    [InlineData(11, 2, 4, 6)]
    [InlineData(12, 2, 5, 7)]
    [InlineData(13, 3, 5, 7)]
    [InlineData(14, 3, 6, 8)]
    [InlineData(15, 3, 6, 8)]
    [InlineData(16, 3, 6, 8)]
    [InlineData(17, 4, 7, 9)]
    [InlineData(18, 4, 7, 9)]
    [InlineData(19, 4, 7, 9)]
    [InlineData(20, 4, 8, 10)]
    [InlineData(21, 4, 8, 10)]
    [InlineData(22, 5, 8, 11)]
    [InlineData(23, 5, 9, 11)]
    [InlineData(24, 5, 9, 11)]
    [InlineData(25, 5, 9, 12)]
    [InlineData(26, 6, 10, 12)]
    [InlineData(27, 6, 10, 12)]
    [InlineData(28, 6, 11, 13)]
    [InlineData(29, 6, 11, 13)]
    [InlineData(30, 7, 11, 14)]
    public void Boundaries_Target30_MatchReferenceTable(int n, int escalate, int deescalate, int eliminate)
    {
        Assert.Equal(escalate, Target30.EscalateAtMost(n));
        Assert.Equal(deescalate, Target30.DeescalateAtLeast(n));
        Assert.Equal(eliminate, Target30.EliminateAtLeast(n));
    }

    // The published table for cohorts of 3 (Yuan et al., Clin Cancer Res 2016;22:4291-301, Table 1;
    // BOIN package get.boundary(target = 0.3, ncohort = 10, cohortsize = 3)).
    [Fact]
    public void Boundaries_Target30CohortsOfThree_MatchPublishedRows()
    {
        int[] n = [3, 6, 9, 12, 15, 18, 21, 24, 27, 30];
        Assert.Equal([0, 1, 2, 2, 3, 4, 4, 5, 6, 7], n.Select(Target30.EscalateAtMost));
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 10, 11], n.Select(Target30.DeescalateAtLeast));
        Assert.Equal([3, 4, 5, 7, 8, 9, 10, 11, 12, 14], n.Select(x => Target30.EliminateAtLeast(x)!.Value));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void EliminateAtLeast_FewerThanThree_IsNull(int n) => Assert.Null(Target30.EliminateAtLeast(n));

    [Fact]
    public void Pava_DecreasingPair_PoolsToWeightedMean()
    {
        double[] v = [0.4, 0.2, 0.5];
        Isotonic.Pava(v, [1.0, 3.0, 1.0]);
        Assert.Equal([0.25, 0.25, 0.5], v);
    }
}
