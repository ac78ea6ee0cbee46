using System.Text.RegularExpressions;
using System.Xml.Linq;
using Trek.Core;
using Trek.Reports.Plots;
using Trek.Trials.Endpoints;

namespace Trek.Reports.Tests.Plots;

public sealed class SwimmerPlotTests
{
    [Fact]
    public void SwimmerPlot_Subjects_LongestFirstWithMarkers()
    {
        var path = PlotData.Trials("subjects.csv");
        using var reader = new StreamReader(path);
        var svg = SwimmerPlot.Render(SubjectCsvReader.Read(reader, path, _ => { }), EndpointRules.DaysPerMonth, "months", "swim");
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

    [Fact]
    public void SwimmerPlot_Legend_DrawsTheMarkersItExplains()
    {
        var svg = XDocument.Parse(SwimmerPlot.Render(PlotInputs.Swimmers(7), EndpointRules.DaysPerMonth, "months", "swim"));
        // Every legend glyph (titled CR, PR, progression, death, on treatment) has the shape and fill of a marker on the
        // bars: a path compared relative to its first point, a rect by size and fill.
        string[] legendTitles = ["CR", "PR", "progression", "death", "legend: on treatment"];
        var marks = svg.Descendants().Where(e => ((string?)e.Attribute("class"))?.StartsWith("mark-", StringComparison.Ordinal) == true).ToList();
        var legend = marks.Where(e => legendTitles.Contains(e.Value)).ToList();
        var onBars = marks.Except(legend).Select(Shape).ToHashSet();
        Assert.Equal(5, legend.Count);
        Assert.All(legend, l => Assert.Contains(Shape(l), onBars));
        Assert.DoesNotContain("▲", svg.ToString());
    }

    private static string Shape(XElement e)
    {
        if (e.Name.LocalName == "rect")
        {
            return $"rect {e.Attribute("width")!.Value}x{e.Attribute("height")!.Value} {e.Attribute("fill")!.Value}";
        }

        var numbers = Regex.Matches(e.Attribute("d")!.Value, @"-?[\d.]+").Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var relative = numbers.Select((v, i) => Math.Round(v - numbers[i % 2], 2));
        return $"{Regex.Replace(e.Attribute("d")!.Value, @"[-\d.,]+", "")} {string.Join(",", relative)} {e.Attribute("fill")?.Value}";
    }
}
