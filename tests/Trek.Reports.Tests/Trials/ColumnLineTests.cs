using System.Globalization;
using Trek.Reports.Trials;

namespace Trek.Reports.Tests.Trials;

/// <summary>
/// The `trek km` table writer's number cells must be byte-identical to what the interpolated strings it replaced
/// printed (<c>$"{x.ToString("0.####"),9}"</c>, invariant culture): the reference is .NET's own custom formatter.
/// </summary>
public sealed class ColumnLineTests
{
    private static string Expected(double v, int width) => string.Format(CultureInfo.InvariantCulture, "{0," + width + "}", v.ToString("0.####", CultureInfo.InvariantCulture));

    private static string Written(Action<ColumnLine> cells)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var line = new ColumnLine();
        cells(line);
        line.WriteLine(writer);
        return writer.ToString().TrimEnd('\n');
    }

    // Midpoints at the 4th decimal that binary doubles hold exactly (1/32 = 0.03125, 1/64, 3/32) or nearly (0.00005,
    // 2.00015), values that round up to a whole number, zero and negative zero, huge and tiny values, and 5-decimal
    // times like a registry's.
    [Theory]
    [InlineData(0.03125)]
    [InlineData(0.015625)]
    [InlineData(0.09375)]
    [InlineData(0.00005)]
    [InlineData(2.00015)]
    [InlineData(0.99996)]
    [InlineData(9.99995)]
    [InlineData(0.0)]
    [InlineData(1e-300)]
    [InlineData(123456.78905)]
    [InlineData(999999.99999)]
    [InlineData(1e6)]
    [InlineData(12345678901.23456)]
    [InlineData(1e300)]
    [InlineData(-2.5)]
    [InlineData(0.1 + 0.2)]
    public void Number_EdgeValues_MatchDotNetFormat(double v) => Assert.Equal(Expected(v, 9), Written(l => l.Number(v, 9)));

    [Fact]
    public void Number_NegativeZero_MatchesDotNetFormat() => Assert.Equal(Expected(-0.0, 9), Written(l => l.Number(-0.0, 9)));

    // 200,000 values of the kinds a survival table holds: probabilities, standard errors, 3-decimal times, k/n ratios.
    [Fact]
    public void Number_RandomTableValues_MatchDotNetFormat()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 50_000; i++)
        {
            var n = random.Next(1, 100_000);
            double[] values = [random.NextDouble(), random.NextDouble() * 1e-3, Math.Round(random.NextDouble() * 5000, 3), (double)random.Next(0, n) / n];
            foreach (var v in values)
            {
                Assert.Equal(Expected(v, 9), Written(l => l.Number(v, 9)));
            }
        }
    }

    [Fact]
    public void Line_MixedCells_AreSpaceSeparatedAndRightAligned() =>
        Assert.Equal("     12.5       7 NA", Written(l => l.Number(12.5, 9).Integer(7, 7).Number(null, 2)));

    // A cell wider than its column is written whole, as interpolation does.
    [Fact]
    public void Line_WideCell_IsNotCut() => Assert.Equal("123456789012 1", Written(l => l.Number(123456789012, 3).Integer(1, 1)));
}
