using System.Globalization;
using System.Text.RegularExpressions;
using Trek.Core;
using Trek.Reports.Coverage;
using Trek.Reports.Diagram;
using Trek.Reports.Fusions;

namespace Trek.Reports.Tests;

/// <summary>
/// The coverage track from an evidence directory built by a real run on the bundled example: depth from SAM POS + CIGAR
/// checked base for base against `samtools depth -a` (Debian samtools, the reference implementation), and drawn in the
/// diagram under the transcripts with the junction marked.
/// </summary>
public sealed class CoverageTrackTests(EvidenceRunFixture run) : IClassFixture<EvidenceRunFixture>
{
    private static readonly IReadOnlyList<FusionRecord> Calls = FusionTableReader.Read(TestFiles.Example("expected_fusions.tsv")).Calls;

    [Fact]
    public void Read_EtvNtrk3_DepthEqualsSamtoolsDepth()
    {
        var track = Etv6Ntrk3();
        var sam = Path.Combine(run.Directory, track.CallId + ".sam");
        // samtools depth -a: every position, 1-based, reads as placed (no overlap removal, deletions not counted by default).
        var (code, stdout, err) = ExternalTools.Run("samtools", "depth", "-a", sam);
        Assert.True(code == 0, err);
        var reference = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(track.Depth.Count, reference.Count);
        for (var i = 0; i < reference.Count; i++)
        {
            Assert.Equal(i + 1, int.Parse(reference[i][1], CultureInfo.InvariantCulture));
            Assert.True(int.Parse(reference[i][2], CultureInfo.InvariantCulture) == track.Depth[i], $"position {i + 1}");
        }
    }

    [Fact]
    public void Read_EtvNtrk3_CountsAndJunctionFromTheRun()
    {
        var track = Etv6Ntrk3();
        Assert.Equal("002_ETV6--NTRK3", track.CallId); // rank 2 in expected_fusions.tsv
        // 30 split reads and 14 spanning pairs (both mates placed) in expected_fusions.tsv.
        Assert.Equal((30, 28), (track.SplitReads, track.SpanningReads));
        // Every split read crosses the junction by definition, so at least 30 reads cover both junction bases.
        Assert.InRange(track.DepthAtJunction, 30, 58);
        var fasta = File.ReadAllLines(Path.Combine(run.Directory, track.CallId + ".fa"));
        Assert.Equal(string.Concat(fasta.Skip(1)).Length, track.Depth.Count);
    }

    [Fact]
    public void Diagram_WithCoverage_TrackUnderTheTranscriptsJunctionMarked()
    {
        var call = Calls.Single(c => c.Gene2 == "NTRK3");
        var plain = DiagramBuilder.Build(call, run.Report.Index, "example")!;
        var diagram = plain with { Coverage = CoverageMatch.For(call, EvidenceCoverageReader.Read(run.Directory)) };
        var svg = FusionDiagramSvg.Write(diagram);
        Assert.Contains($"height=\"{FusionDiagramSvg.Height + 95}\"", svg);
        Assert.Contains("Read depth on the fused sequence", svg);
        Assert.Contains("stroke-dasharray=\"4 2\"", svg); // the junction line
        // The track sits between the fused transcript (y 255) and the protein (moved from 320 to 415).
        var depthLabel = Regex.Match(svg, "<text x=\"20\" y=\"([0-9.]+)\"[^>]*>Read depth").Groups[1].Value;
        Assert.Equal("320", depthLabel);
        Assert.DoesNotContain("Read depth", FusionDiagramSvg.Write(plain));
    }

    [Fact]
    public void Read_ContigLengthDisagreesWithSam_Refused()
    {
        var dir = TestFiles.Scratch("evidence-bad");
        foreach (var f in Directory.GetFiles(run.Directory))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var calls = Path.Combine(dir, "calls.tsv");
        var lines = File.ReadAllLines(calls);
        var cells = lines[2].Split('\t');
        cells[4] = (int.Parse(cells[4], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        lines[2] = string.Join('\t', cells);
        File.WriteAllLines(calls, lines);
        var ex = Assert.Throws<InputException>(() => EvidenceCoverageReader.Read(dir));
        Assert.Contains("@SQ SN:002_ETV6--NTRK3", ex.Message);
    }

    [Fact]
    public void Read_NotAnEvidenceDirectory_Refused()
    {
        var ex = Assert.Throws<InputException>(() => EvidenceCoverageReader.Read(TestFiles.Scratch("empty")));
        Assert.Contains("calls.tsv is missing", ex.Message);
    }

    private CoverageTrack Etv6Ntrk3() => CoverageMatch.For(Calls.Single(c => c.Gene2 == "NTRK3"), EvidenceCoverageReader.Read(run.Directory))
        ?? throw new InvalidOperationException("no ETV6::NTRK3 track in the evidence directory");
}
