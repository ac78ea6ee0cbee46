using System.Globalization;
using System.Text.RegularExpressions;
using Trek.Reports.Diagram;
using Trek.Reports.Fusions;

namespace Trek.Reports.Tests;

public sealed partial class DiagramTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static IReadOnlyList<FusionRecord> Calls => FusionTableReader.Read(TestFiles.Example("expected_fusions.tsv")).Calls;

    [Fact]
    public void Build_Etv6Ntrk3_BreakAtExon5EndAndExon15Start()
    {
        var d = DiagramBuilder.Build(Calls.Single(c => c.Gene2 == "NTRK3"), fixture.Index, "example")!;
        var five = d.FivePrime!;
        var three = d.ThreePrime;
        // Kept 5' part ends where ETV6 exon 5 ends; kept 3' part starts where NTRK3 exon 15 starts.
        Assert.Equal(five.Exons.Single(e => e.Number == 5).End, five.KeptEnd);
        Assert.Equal(three.Exons.Single(e => e.Number == 15).Start, three.KeptStart);
        Assert.True(three.HasDomain && three.DomainStart >= three.KeptStart, "kinase domain lies in the kept NTRK3 part");
        // ETV6-NTRK3 joins ETV6 residue 336 to TrkC (Knezevich et al. Nat Genet 1998;18:184: ETV6 HLH domain, exons 1-5).
        Assert.Equal(336, five.KeptCoding / 3);
    }

    [Fact]
    public void Svg_EveryCall_AllTextInsideTheCanvasAsMeasuredByChromium()
    {
        // Every call of the example plus the partner-unknown fixture, laid out in one page; chromium's getBBox gives
        // the real extent of each text element, which must lie inside the SVG's viewBox.
        var calls = Calls.Append(FusionTableReader.Read(TestFiles.Data("partner_unknown_fusions.tsv")).Calls.Single());
        var svgs = calls.Select(c => DiagramBuilder.Build(c, fixture.Index, "example")).OfType<FusionDiagram>().Select(FusionDiagramSvg.Write).ToList();
        Assert.Equal(10, svgs.Count);
        var page = Path.Combine(TestFiles.Scratch("svg"), "svgs.html");
        File.WriteAllText(page, $$"""
            <!DOCTYPE html><html><body>{{string.Join("\n", svgs)}}
            <script>
            const out = [];
            document.querySelectorAll('svg').forEach((svg, i) => {
              const vb = svg.viewBox.baseVal;
              svg.querySelectorAll('text').forEach(t => {
                const b = t.getBBox();
                if (b.width === 0 || b.x < vb.x || b.y < vb.y || b.x + b.width > vb.x + vb.width || b.y + b.height > vb.y + vb.height)
                  out.push(i + ':' + t.textContent + ' [' + b.x.toFixed(1) + ',' + b.y.toFixed(1) + ',' + b.width.toFixed(1) + ',' + b.height.toFixed(1) + ']');
              });
              out.push('svg' + i + ' texts=' + svg.querySelectorAll('text').length);
            });
            const pre = document.createElement('pre'); pre.id = 'result'; pre.textContent = out.join('\n'); document.body.appendChild(pre);
            </script></body></html>
            """);
        var dom = ExternalTools.DumpDom(page);
        var result = ResultPattern().Match(dom);
        Assert.True(result.Success, "chromium did not run the measuring script");
        var lines = result.Groups[1].Value.Split('\n');
        Assert.Equal(10, lines.Count(l => l.StartsWith("svg", StringComparison.Ordinal)));
        Assert.All(lines.Where(l => l.StartsWith("svg", StringComparison.Ordinal)), l => Assert.True(int.Parse(l.Split('=')[1], CultureInfo.InvariantCulture) >= 8, l));
        Assert.DoesNotContain(lines, l => !l.StartsWith("svg", StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_Etv6Ntrk3_ShowsCountsJunctionAndDomain()
    {
        var svg = FusionDiagramSvg.Write(DiagramBuilder.Build(Calls.Single(c => c.Gene2 == "NTRK3"), fixture.Index, "example")!);
        Assert.Contains("30 split reads, 14 spanning pairs", svg);
        Assert.Contains("AGCACGCCATGCCCATTGGGAGAATAGCAG|ATGTGCAGCACATTAAGAGGAGAGACATCG", svg);
        Assert.Contains("TRK kinase domain (retained)", svg);
        Assert.Contains("ENST00000396373(ETV6):e.5::ENST00000360948(NTRK3):e.15", svg);
    }

    [Fact]
    public void Junction_LongSequence_ThirtyBasesEachSide()
    {
        Assert.Equal("…" + new string('A', 30) + "|" + new string('C', 30) + "…", FusionDiagramSvg.Junction(new string('A', 60) + "|" + new string('C', 60)));
        Assert.Equal("AC|GT", FusionDiagramSvg.Junction("AC|GT"));
        Assert.Equal("not available", FusionDiagramSvg.Junction(null));
    }

    [GeneratedRegex("<pre id=\"result\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ResultPattern();
}
