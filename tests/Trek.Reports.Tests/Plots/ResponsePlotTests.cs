using System.Globalization;
using System.Xml.Linq;
using Trek.Assessment.Tests.Tumour;
using Trek.Assessment.Tumour;
using Trek.Reports.Plots;
using static Trek.Assessment.Tests.Tumour.Lesions;

namespace Trek.Reports.Tests.Plots;

/// <summary>The SVGs are parsed as XML and their bars/lines checked against the derived data.</summary>
public sealed class ResponsePlotTests
{
    // A: 50 -> 25 (-50 %).  B: 50 -> 60 (+20 %, +10 mm: PD).  C: 50 -> 45 (-10 %).  D: non-target only (no bar).
    private static IReadOnlyList<SubjectResponse> Data() => Lesions.Assess(ResponseCriteria.Recist11,
        T(0, "L1", 50, subject: "A"), T(56, "L1", 25, subject: "A"),
        T(0, "L1", 50, subject: "B"), T(56, "L1", 60, subject: "B"),
        T(0, "L1", 50, subject: "C"), T(56, "L1", 45, subject: "C"),
        $"D,{Day(0)},NT1,nontarget,liver,no,,present", $"D,{Day(56)},NT1,nontarget,liver,no,,present");

    private static decimal Num(XElement e, string attribute) => decimal.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    // Axis -100 .. +40 % (the upper end is at least +40) over 300 px: 1 % = 300 / 140 px.
    [Fact]
    public void Waterfall_ThreeMeasuredSubjects_DrawsThreeBarsSortedWithHeightsFromData()
    {
        var svg = XDocument.Parse(WaterfallPlot.Render(Data(), ResponseCriteria.Recist11));
        var bars = svg.Descendants().Where(e => (string?)e.Attribute("class") == "bar").ToList();
        Assert.Equal(["B", "C", "A"], bars.Select(b => b.Attribute("data-subject")!.Value));
        Assert.Equal([20m, -10m, -50m], bars.Select(b => Num(b, "data-change")));
        Assert.Equal([42.86m, 21.43m, 107.14m], bars.Select(b => Num(b, "height")));
        // A's PR on day 56 is unconfirmed but past the 42-day SD minimum: SD (RECIST 1.1 Table 3), as C.
        Assert.Equal(["PD", "SD", "SD"], bars.Select(b => b.Attribute("data-bor")!.Value));

        // The zero line is at 40 + 40/140 x 300 = 125.71 px; the +20 % bar ends there, the -50 % bar starts there.
        Assert.Equal(82.86m, Num(bars[0], "y")); // 40 + (40 - 20) / 140 x 300 = 82.857
        Assert.Equal(125.71m, Num(bars[2], "y"));
        var thresholds = svg.Descendants().Where(e => (string?)e.Attribute("class") == "threshold").Select(e => Num(e, "data-value"));
        Assert.Equal([20m, -30m], thresholds);
        Assert.Contains("1 without a complete follow-up sum not shown", svg.ToString());
    }

    [Fact]
    public void Spider_EachMeasuredSubject_HasOneLineStartingAtZero()
    {
        var svg = XDocument.Parse(SpiderPlot.Render(Data(), ResponseCriteria.Recist11));
        var lines = svg.Descendants().Where(e => (string?)e.Attribute("class") == "subject-line").ToList();
        Assert.Equal(["A", "B", "C"], lines.Select(l => l.Attribute("data-subject")!.Value));
        Assert.Equal(["0:0 56:-50", "0:0 56:20", "0:0 56:-10"], lines.Select(l => l.Attribute("data-points")!.Value));
        Assert.Equal(6, svg.Descendants().Count(e => (string?)e.Attribute("class") == "point"));
    }

    [Fact]
    public void Waterfall_RanoCriteria_DrawsRanoThresholds()
    {
        var svg = XDocument.Parse(WaterfallPlot.Render(Data(), ResponseCriteria.Rano));
        var thresholds = svg.Descendants().Where(e => (string?)e.Attribute("class") == "threshold").Select(e => Num(e, "data-value"));
        Assert.Equal([25m, -50m], thresholds);
    }
}
