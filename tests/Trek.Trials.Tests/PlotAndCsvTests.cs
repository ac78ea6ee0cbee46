using System.Text.RegularExpressions;
using Trek.Core;
using Trek.Trials.Endpoints;
using Trek.Trials.Plots;
using Trek.Trials.Tables;

namespace Trek.Trials.Tests;

public sealed class PlotAndCsvTests
{
    [Fact]
    public void SwimmerPlot_Subjects_LongestFirstWithMarkers()
    {
        var table = CsvTable.Read(Path.Combine(AppContext.BaseDirectory, "Data", "subjects.csv"));
        var svg = SwimmerPlot.Render(SubjectCsvReader.Read(table), EndpointRules.DaysPerMonth, "months", "swim");
        var labels = Regex.Matches(svg, "font-size=\"10\">([A-Z][0-9]+)</text>").Select(m => m.Groups[1].Value).ToArray();
        // Longest bar: A01 (no treatment end, alive to 2023-06-30: 41.8 months); shortest: A08 (treatment end day 26).
        Assert.Equal(14, labels.Length);
        Assert.Equal("A01", labels[0]);
        Assert.Equal("A08", labels[^1]);
        // Ongoing arrows: subjects with no treatment end and no death (A01, P01, P02, P04).
        Assert.Equal(4, Regex.Matches(svg, "<title>ongoing</title>").Count);
        // One progression square per subject with a progression date (A02, A03, A04, A05, P03, P05, P06).
        Assert.Equal(7, Regex.Matches(svg, "<title>progression ").Count);
        Assert.Equal(8, Regex.Matches(svg, "<title>(CR|PR) from ").Count);
    }

    [Theory]
    [InlineData("a,b\n\"x, y\",2\n", "x, y")]
    [InlineData("a,b\n\"say \"\"hi\"\"\",2\n", "say \"hi\"")]
    [InlineData("# comment\na,b\n\n plain ,2\n", "plain")]
    public void CsvTable_QuotedAndCommentedFields_Parse(string text, string expected)
    {
        var table = CsvTable.Parse(new StringReader(text), "t.csv");
        Assert.Equal(expected, table.Text(0, 0));
        Assert.Equal(2, table.Number(0, 1));
    }

    [Theory]
    [InlineData("a,b\n1\n", "t.csv:2: expected 2 fields as in the header, found 1")]
    [InlineData("a,b\n\"1,2\n", "t.csv:2: unterminated quoted field")]
    [InlineData("", "t.csv: empty file: expected a header line")]
    public void CsvTable_Malformed_ThrowsWithLine(string text, string message)
    {
        var ex = Assert.Throws<InputException>(() => CsvTable.Parse(new StringReader(text), "t.csv"));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void CsvTable_NonNumber_NamesColumnAndLine()
    {
        var table = CsvTable.Parse(new StringReader("time,status\nabc,1\n"), "t.csv");
        var ex = Assert.Throws<InputException>(() => table.Number(0, 0));
        Assert.Equal("t.csv:2: column 'time': 'abc' is not a number", ex.Message);
    }
}
