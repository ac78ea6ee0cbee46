using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Core;
using Trek.Reports.Fusions;

namespace Trek.Reports.Tests;

public sealed class FusionTableReaderTests
{
    private static readonly string Dir = TestFiles.Scratch("reader");

    private static string Header => File.ReadLines(TestFiles.Example("expected_fusions.tsv")).First(l => l.StartsWith("#gene1", StringComparison.Ordinal));

    private static string EtvRow => File.ReadLines(TestFiles.Example("expected_fusions.tsv")).First(l => l.StartsWith("ETV6\tNTRK3", StringComparison.Ordinal));

    [Fact]
    public void Read_GzipStreamNamedByItsSource_SameTableAsTheFile()
    {
        // An upload: gzip bytes in memory, decoded by the one opener, named in messages by the uploaded file's name.
        var path = TestFiles.Example("expected_fusions.tsv");
        using var gz = new MemoryStream();
        using (var z = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(File.ReadAllBytes(path));
        }

        gz.Position = 0;
        using var decoded = Trek.IO.InputFile.Decode(gz, source: "upload.tsv.gz");
        var fromStream = FusionTableReader.Read(decoded, "upload.tsv.gz");
        var fromFile = FusionTableReader.Read(path);
        Assert.Equal("upload.tsv.gz", fromStream.Source);
        Assert.Equal(fromFile.Provenance, fromStream.Provenance);
        Assert.Equal(fromFile.Calls.Select(c => c with { Filters = [] }), fromStream.Calls.Select(c => c with { Filters = [] }));
        Assert.Equal(fromFile.Calls.Select(c => string.Join(',', c.Filters)), fromStream.Calls.Select(c => string.Join(',', c.Filters)));

        var cut = new MemoryStream(gz.ToArray()[..(int)(gz.Length / 2)]);
        using var damaged = Trek.IO.InputFile.Decode(cut, source: "upload.tsv.gz");
        Assert.StartsWith("upload.tsv.gz: truncated gzip", Assert.Throws<InputException>(() => FusionTableReader.Read(damaged, "upload.tsv.gz")).Message);
    }

    [Fact]
    public void Read_BundledExample_EtvNtrk3Typed()
    {
        // Values from examples/pizzly-spikein/expected_fusions.tsv (README: ETV6 exon 5 to NTRK3 exon 15, 12:11869969:+ / 15:87940753:-).
        var table = FusionTableReader.Read(TestFiles.Example("expected_fusions.tsv"));
        Assert.Equal(9, table.Calls.Count);
        Assert.Equal("SRR1659964", table.ProvenanceValue("sample"));
        var c = Assert.Single(table.Calls, x => x.Gene2 == "NTRK3");
        Assert.Equal("ETV6", c.Gene1);
        Assert.Equal(new GenomicPosition("12", 11869969, Strand.Plus, null), c.Breakpoint1);
        Assert.Equal(new GenomicPosition("15", 87940753, Strand.Minus, null), c.Breakpoint2);
        Assert.Equal((5, 15), (c.Exon1!.Value, c.Exon2!.Value));
        Assert.Equal((30L, 14L), (c.SplitReads, c.SpanningPairs));
        Assert.Equal(ReadingFrame.InFrame, c.ReadingFrame);
        Assert.Equal(DomainRetention.Retained, c.KinaseDomainRetained);
        Assert.Equal(Confidence.High, c.Confidence);
        Assert.Equal(["duplicates(4)"], c.Filters);
        Assert.False(c.PartnerUnknown);
        Assert.Equal("ENST00000396373(ETV6):e.5::ENST00000360948(NTRK3):e.15", Nomenclature.ExonLevel(c));
    }

    [Fact]
    public void Read_ColumnsInAnotherOrder_SameRecord()
    {
        var names = Header[1..].Split('\t');
        var cells = EtvRow.Split('\t');
        var order = Enumerable.Range(0, names.Length).Reverse().ToArray();
        var path = TestFiles.WriteTable(Dir, "#" + string.Join('\t', order.Select(i => names[i])), string.Join('\t', order.Select(i => cells[i])));
        var c = Assert.Single(FusionTableReader.Read(path).Calls);
        Assert.Equal(("ETV6", "NTRK3", 5), (c.Gene1, c.Gene2, c.Exon1!.Value));
    }

    [Fact]
    public void Read_PartnerUnknownRow_Gene1AndBreakpoint1Null()
    {
        var c = Assert.Single(FusionTableReader.Read(TestFiles.Data("partner_unknown_fusions.tsv")).Calls);
        Assert.Null(c.Gene1);
        Assert.Null(c.Breakpoint1);
        Assert.True(c.PartnerUnknown);
        Assert.Equal(".::NTRK3", c.Name);
        Assert.Equal("?::ENST00000360948(NTRK3):e.15", Nomenclature.ExonLevel(c));
    }

    [Fact]
    public void Read_HeaderOnly_NoCalls()
    {
        Assert.Empty(FusionTableReader.Read(TestFiles.Data("negative_fusions.tsv")).Calls);
    }

    [Theory]
    [InlineData("gene1", "gene_1", "unknown column 'gene_1'")]
    [InlineData("\tfilters", "", "missing column(s): filters")]
    public void Read_BadHeader_OneLineNamingTheColumn(string from, string to, string expected)
    {
        var header = Header.Replace(from, to, StringComparison.Ordinal);
        var row = to.Length == 0 ? EtvRow[..EtvRow.LastIndexOf('\t')] : EtvRow;
        var ex = Assert.Throws<InputException>(() => FusionTableReader.Read(TestFiles.WriteTable(Dir, header, row)));
        Assert.Contains(expected, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("in-frame", "inframe", "column reading_frame: 'inframe'")]
    [InlineData("12:11869969:+", "12:11869969", "column breakpoint1")]
    [InlineData("59139.7849", "59139,7849", "column ffpm")]
    [InlineData("\thigh\t", "\tHIGH\t", "column confidence")]
    [InlineData("\t30\t14\t", "\t-30\t14\t", "column split_reads")]
    public void Read_BadValue_RefusedWithFileLineAndColumn(string from, string to, string expected)
    {
        var path = TestFiles.WriteTable(Dir, Header, EtvRow.Replace(from, to, StringComparison.Ordinal));
        var ex = Assert.Throws<InputException>(() => FusionTableReader.Read(path));
        Assert.StartsWith($"{path}:3: {expected}", ex.Message);
    }

    [Fact]
    public void Read_EmptyFile_RefusedNotNegative()
    {
        var path = Path.Combine(Dir, "empty.tsv");
        File.WriteAllText(path, "");
        var ex = Assert.Throws<InputException>(() => FusionTableReader.Read(path));
        Assert.Contains("not a negative result", ex.Message);
    }
}
