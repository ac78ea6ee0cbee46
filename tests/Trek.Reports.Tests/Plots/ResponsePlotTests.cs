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

    [Fact]
    public void Waterfall_NoNotEvaluableBar_LegendListsOnlyTheCategoriesDrawn()
    {
        var svg = WaterfallPlot.Render(Data(), ResponseCriteria.Recist11);
        // Bars: PD (B), SD (A, C); D has no bar. No CR, PR or NE entry (issue 16: NE was listed when there was none).
        Assert.Equal(["best response SD", "best response PD"], Legend(svg));
    }

    [Fact]
    public void Waterfall_NotEvaluableBar_LegendListsNe()
    {
        // E: -10 % on day 20, before the 42-day SD minimum and with no later scan: best response NE (RECIST 1.1 §4.4.2, Table 3 note).
        var data = Lesions.Assess(ResponseCriteria.Recist11,
            T(0, "L1", 50, subject: "A"), T(56, "L1", 25, subject: "A"),
            T(0, "L1", 50, subject: "E"), T(20, "L1", 45, subject: "E"));
        var svg = WaterfallPlot.Render(data, ResponseCriteria.Recist11);
        Assert.Equal("NE", XDocument.Parse(svg).Descendants().Single(e => (string?)e.Attribute("data-subject") == "E").Attribute("data-bor")!.Value);
        Assert.Contains("best response NE", Legend(svg));
    }

    [Fact]
    public void Spider_ProgressingSubject_CrossAtItsFirstPdVisitAndEveryLineLabelled()
    {
        var svg = XDocument.Parse(SpiderPlot.Render(Data(), ResponseCriteria.Recist11));
        var pd = svg.Descendants().Where(e => (string?)e.Attribute("class") == "mark-pd").ToList();
        // B: 50 -> 60 mm on day 56 (+20 %, +10 mm): PD (RECIST 1.1 §4.3.1); the cross is centred on that point.
        Assert.Equal("B: PD on day 56", Assert.Single(pd).Value);
        var labels = svg.Descendants().Where(e => (string?)e.Attribute("class") == "subject-label").Select(e => e.Value).Order().ToArray();
        Assert.Equal(["A", "B", "C"], labels);
        // Weeks on the x axis: day 56 is week 8; the axis runs to the first tick past it at 1-week steps up to 6 intervals.
        Assert.Equal("weeks from first dose", svg.Descendants().Single(e => (string?)e.Attribute("class") == "x-title").Value);
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8"], svg.Descendants().Where(e => (string?)e.Attribute("class") == "x-tick").Select(e => e.Value));
    }

    private static string[] Legend(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => (string?)e.Attribute("class") == "legend").Select(e => e.Value).Where(v => v.StartsWith("best response", StringComparison.Ordinal)).ToArray();
}
