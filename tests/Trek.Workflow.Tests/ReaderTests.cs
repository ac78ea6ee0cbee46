using Trek.Core;
using Trek.Reports.Cohort;

namespace Trek.Workflow.Tests;

/// <summary>The cohort's readers: fusions.tsv by column name, the stats JSON contract, the sample sheet; bad input refused with where.</summary>
public sealed class ReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-cohort-readers").FullName;

    private readonly List<string> _warnings = [];

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void FusionTable_BundledExpectedOutput_TypedRows()
    {
        // examples/pizzly-spikein/expected_fusions.tsv, row 2: ETV6::NTRK3 30 split, 14 spanning, FFPM 59139.7849, high.
        var t = SampleFusionsReader.Read(Path.Combine(Fixtures.Repo(), "examples", "pizzly-spikein", "expected_fusions.tsv"));
        Assert.Equal("SRR1659964", t.Sample);
        Assert.Equal(744, t.Fragments);
        Assert.Equal(9, t.Calls.Count);
        var etv6 = t.Calls[1];
        Assert.Equal(("ETV6::NTRK3", "ETV6", "NTRK3", 30, 14, 59139.7849m, CallConfidence.High, "yes"),
            (etv6.Key, etv6.Gene1, etv6.Gene2, etv6.SplitReads, etv6.SpanningPairs, etv6.Ffpm, etv6.Confidence, etv6.KinaseDomainRetained));
        Assert.Equal(CallConfidence.Medium, t.Calls[8].Confidence);
        Assert.Null(t.Calls[8].ReadingFrame);
    }

    [Fact]
    public void FusionTable_UnknownPartner_KeyedTheViccWay()
    {
        var path = Fixtures.WriteFusions(_dir, "s", 100, Fixtures.FusionRow(".", "ROS1", 5, 0, "50000", "medium"));
        Assert.Equal(".::ROS1", Assert.Single(SampleFusionsReader.Read(path).Calls).Key);
    }

    [Theory]
    [InlineData("confidence", "certain", "column confidence: 'certain' is not one of high, medium, low")]
    [InlineData("ffpm", "59139,78", "column ffpm: '59139,78' is not a number >= 0 with a decimal point")]
    [InlineData("split_reads", "-3", "column split_reads: '-3' is not a whole number >= 0")]
    public void FusionTable_BadCell_NamesFileLineAndColumn(string column, string value, string message)
    {
        var row = Fixtures.FusionRow("ETV6", "NTRK3", 3, 1, "10", "high").Split('\t');
        row[Array.IndexOf(Trek.Fusion.Output.FusionTsvWriter.Columns, column)] = value;
        var path = Fixtures.WriteFusions(_dir, "s", 100, string.Join('\t', row));
        var ex = Assert.Throws<InputException>(() => SampleFusionsReader.Read(path));
        Assert.StartsWith($"{path}:5: {message}", ex.Message);
    }

    [Fact]
    public void FusionTable_SampleColumnDisagreesWithProvenance_Refused()
    {
        var row = Fixtures.FusionRow("ETV6", "NTRK3", 3, 1, "10", "high").Split('\t');
        row[Array.IndexOf(Trek.Fusion.Output.FusionTsvWriter.Columns, "sample")] = "other";
        var path = Fixtures.WriteFusions(_dir, "s", 100, string.Join('\t', row));
        Assert.Equal($"{path}:5: column 'sample' is 'other' but ##sample= says 's'", Assert.Throws<InputException>(() => SampleFusionsReader.Read(path)).Message);
    }

    [Fact]
    public void FusionTable_MissingColumn_Refused()
    {
        var path = Path.Combine(_dir, "x.tsv");
        File.WriteAllText(path, "##sample=s\n##fragments=1\n#gene1\tgene2\tfusion\n");
        Assert.Contains("missing column(s): breakpoint1", Assert.Throws<InputException>(() => SampleFusionsReader.Read(path)).Message);
    }

    [Fact]
    public void Stats_ContractDocument_Read()
    {
        var path = Fixtures.WriteStats(_dir, "S1", 744, 512, 10, 1, 2, 0);
        var s = RunStatsReader.Read(path);
        Assert.Equal(("S1", 744L, 512L, 10L, new RunStatsCalls(1, 2, 0), 1L), (s.Sample, s.PairsRead, s.PairsOnIndex, s.DuplicateFragments, s.Calls, s.Discarded));
        Assert.Equal(new RunStatsStage("duplicates", 3), s.Stages[1]);
    }

    [Theory]
    [InlineData(",\n  \"pairs_mapped\": 3", "pairs_mapped")]   // a key outside /1
    [InlineData(",\n  \"pairs_read\": 5", "pairs_read")]      // a key twice
    public void Stats_KeyOutsideTheContract_Refused(string extra, string key)
    {
        var path = Path.Combine(_dir, "x.json");
        File.WriteAllText(path, Fixtures.StatsJson("S1", 744, 512, 10, 1, 2, 0, extra));
        var ex = Assert.Throws<InputException>(() => RunStatsReader.Read(path));
        Assert.StartsWith($"{path}:", ex.Message);
        Assert.Contains(key, ex.Message);
    }

    [Fact]
    public void Stats_MissingKeyOrNull_Refused()
    {
        var path = Path.Combine(_dir, "x.json");
        File.WriteAllText(path, Fixtures.StatsJson("S1", 744, 512, 10, 1, 2, 0).Replace("\"discarded\": 1", "\"discarded\": null"));
        Assert.Throws<InputException>(() => RunStatsReader.Read(path));
        File.WriteAllText(path, Fixtures.StatsJson("S1", 744, 512, 10, 1, 2, 0).Replace(",\n  \"discarded\": 1", string.Empty));
        Assert.Contains("discarded", Assert.Throws<InputException>(() => RunStatsReader.Read(path)).Message);
    }

    [Fact]
    public void Stats_OtherSchemaVersion_Refused()
    {
        var path = Path.Combine(_dir, "x.json");
        File.WriteAllText(path, Fixtures.StatsJson("S1", 744, 512, 10, 1, 2, 0).Replace("stats/1", "stats/2"));
        Assert.Equal($"{path}: schema is 'trek.fusions.stats/2'; this Trek reads trek.fusions.stats/1", Assert.Throws<InputException>(() => RunStatsReader.Read(path)).Message);
    }

    [Fact]
    public void Stats_MorePairsOnIndexThanRead_Refused()
    {
        var path = Fixtures.WriteStats(_dir, "S1", 100, 512, 10, 1, 2, 0);
        Assert.Contains("impossible counts", Assert.Throws<InputException>(() => RunStatsReader.Read(path)).Message);
    }

    [Fact]
    public void Sheet_CsvWithOptionalColumns()
    {
        var path = Path.Combine(_dir, "s.csv");
        File.WriteAllText(path, "\uFEFFsample,fastq_1,fastq_2,tumour_type,batch\nA,a1.fq,a2.fq,\"infantile fibrosarcoma, congenital\",b1\nB,b1.fq,b2.fq,,\n");
        Assert.Equal([new SheetEntry("A", "infantile fibrosarcoma, congenital", "b1"), new SheetEntry("B", null, null)], SampleSheetReader.Read(path, _warnings.Add));
    }

    [Theory]
    [InlineData("sample\tfastq_1\tfastq2\nA\ta\tb\n", "s.tsv:1: unknown column 'fastq2': did you mean 'fastq_2'?")]
    [InlineData("sample\tfastq_1\tfastq_2\nA\ta\tb\nA\tc\td\n", "s.tsv:3: sample 'A' appears twice")]
    [InlineData("sample\tfastq_1\tfastq_2\nA\ta\n", "s.tsv:2: 2 fields but the header has 3 (short row)")]
    public void Sheet_Mistakes_NamedByLine(string text, string message)
    {
        var path = Path.Combine(_dir, "s.tsv");
        File.WriteAllText(path, text);
        Assert.StartsWith(Path.Combine(_dir, message), Assert.Throws<InputException>(() => SampleSheetReader.Read(path, _warnings.Add)).Message);
    }
}
