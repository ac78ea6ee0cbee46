using Trek.Reports.Cohort;

namespace Trek.Workflow.Tests;

/// <summary>The QC outlier rule: modified z-score of Iglewicz and Hoaglin (1993), |M| > 3.5.</summary>
public sealed class RobustZTests
{
    [Fact]
    public void Scores_OneFarValue_ByHand()
    {
        // median 3; |x - 3| = 2,1,0,1,97 -> MAD 1; M = 0.6745 (x - 3) / 1.
        var m = RobustZ.Scores([1, 2, 3, 4, 100]);
        Assert.Equal(-1.349, m[0]!.Value, 9);
        Assert.Equal(0, m[2]!.Value, 9);
        Assert.Equal(65.4265, m[4]!.Value, 9);
        Assert.Equal([false, false, false, false, true], m.Select(RobustZ.IsOutlier));
    }

    [Fact]
    public void Scores_EvenCount_MedianIsMeanOfMiddlePair()
    {
        // median (2 + 4) / 2 = 3; |x - 3| = 2,1,1,7 -> MAD (1 + 2) / 2 = 1.5; M(10) = 0.6745 * 7 / 1.5.
        var m = RobustZ.Scores([1, 2, 4, 10]);
        Assert.Equal(0.6745 * 7 / 1.5, m[3]!.Value, 12);
        Assert.False(RobustZ.IsOutlier(m[3]));
    }

    [Theory]
    [InlineData(3.5, false)]
    [InlineData(3.5000001, true)]
    [InlineData(-3.5, false)]
    [InlineData(-3.5000001, true)]
    [InlineData(null, false)]
    public void IsOutlier_AtTheThreshold(double? m, bool expected) => Assert.Equal(expected, RobustZ.IsOutlier(m));

    [Fact]
    public void Scores_MadZero_NoScore()
    {
        // Three of five equal: MAD = 0, the score is undefined, nothing is flagged.
        Assert.All(RobustZ.Scores([5, 5, 5, 6, 1000]), m => Assert.Null(m));
    }

    [Fact]
    public void Scores_FewerThanThree_NoScore() => Assert.All(RobustZ.Scores([1, 1000]), m => Assert.Null(m));
}
