using System.Text;
using Trek.Core;
using Trek.IO.Fastq;

namespace Trek.Fusion.Tests.IO;

public sealed class FastqBatchReaderTests
{
    private static List<(string Name, string Seq)> Parse(string text, int capacity = 3)
    {
        using var reader = new FastqBatchReader(new MemoryStream(Encoding.ASCII.GetBytes(text)), "test.fq");
        var batch = new ReadBatch(capacity);
        var list = new List<(string, string)>();
        while (reader.Fill(batch))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                list.Add((Encoding.ASCII.GetString(batch.Name(i)), Encoding.ASCII.GetString(batch.Sequence(i))));
            }
        }

        return list;
    }

    [Fact]
    public void Fill_ValidRecords_ReturnsNamesWithoutCommentAndSequences()
    {
        var records = Parse("@a/1 comment\nACGT\n+\nIIII\n@b\nNNAC\n+b\n####\n@c\nG\n+\nI\n@d\nTT\n+\nII");
        Assert.Equal([("a/1", "ACGT"), ("b", "NNAC"), ("c", "G"), ("d", "TT")], records);
    }

    [Fact]
    public void Fill_WindowsLineEndings_AreStripped()
    {
        Assert.Equal([("a", "ACGT")], Parse("@a\r\nACGT\r\n+\r\nIIII\r\n"));
    }

    [Theory]
    [InlineData("@a\nACGT\n+\nIII\n", "record 1 (line 1): quality length 3 differs from sequence length 4")]
    [InlineData("@a\nACGT\n+\nIIII\nb\nACGT\n+\nIIII\n", "record 2 (line 5): record header does not start with '@'")]
    [InlineData("@a\nACGT\n-\nIIII\n", "record 1 (line 1): third line of the record does not start with '+'")]
    [InlineData("@a\nACGT\n+\nIIII\n@b\nAC\n", "record 2 (line 5): incomplete record at end of file (truncated input?)")]
    [InlineData("@a\n\n+\n\n", "record 1 (line 1): empty sequence")]
    public void Fill_MalformedRecord_NamesFileAndRecord(string text, string message)
    {
        var ex = Assert.Throws<InputException>(() => Parse(text));
        Assert.Equal("test.fq: " + message, ex.Message);
    }

    [Fact]
    public void Fill_EmptyInput_ReturnsNoRecords()
    {
        Assert.Empty(Parse(string.Empty));
    }

    [Fact]
    public void Fill_RecordsSpanningBufferRefills_AreIntact()
    {
        // 120,000 records (~10 MB) cross the reader's refill boundary many times.
        var sb = new StringBuilder();
        for (var i = 0; i < 120_000; i++)
        {
            sb.Append($"@read{i}\n{new string("ACGT"[i % 4], 10 + (i % 50))}\n+\n{new string('I', 10 + (i % 50))}\n");
        }

        var records = Parse(sb.ToString(), 4096);
        Assert.Equal(120_000, records.Count);
        Assert.Equal(("read119999", new string('T', 10 + (119_999 % 50))), records[^1]);
    }
}
