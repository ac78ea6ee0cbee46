using Trek.Core;
using Trek.IO.Fasta;
using Trek.IO.Gtf;

namespace Trek.Fusion.Tests.IO;

public sealed class ReferenceReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.NewDir(), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Fasta_MultiLineRecords_AreJoined()
    {
        var path = Write("a.fa", ">t1 first one\nACGT\nacgt\n\n>t2\nGG\n");
        Assert.Equal([new FastaRecord("t1", "first one", "ACGTacgt"), new FastaRecord("t2", string.Empty, "GG")], FastaReader.Read(path).ToList());
    }

    [Theory]
    [InlineData("ACGT\n>t1\nAC\n", ":1: sequence before the first '>' header: not FASTA?")]
    [InlineData(">t1\nAC\n>\nGG\n", ":3: FASTA header without a name")]
    [InlineData("", ": no FASTA records found")]
    public void Fasta_Malformed_NamesFileAndLine(string text, string message)
    {
        var path = Write("bad.fa", text);
        var ex = Assert.Throws<InputException>(() => FastaReader.Read(path).ToList());
        Assert.Equal(path + message, ex.Message);
    }

    [Theory]
    [InlineData("1\tx\texon\t10\t20\t.\t+\n", ":1: GTF line has 7 tab-separated columns, 9 expected")]
    [InlineData("#c\n1\tx\texon\t20\t10\t.\t+\t.\tgene_id \"g\";\n", ":2: bad coordinates '20'..'10'")]
    [InlineData("1\tx\texon\t10\t20\t.\t*\t.\tgene_id \"g\";\n", ":1: bad strand '*'")]
    [InlineData("# only comments\n", ": no GTF records found (empty file?)")]
    public void Gtf_Malformed_NamesFileAndLine(string text, string message)
    {
        var path = Write("bad.gtf", text);
        var ex = Assert.Throws<InputException>(() => GtfReader.Read(path).ToList());
        Assert.Equal(path + message, ex.Message);
    }

    [Fact]
    public void Gtf_Attributes_RepeatedTagsCollected()
    {
        var path = Write("ok.gtf", "1\tx\ttranscript\t10\t20\t.\t-\t.\tgene_id \"g\"; transcript_id \"t\"; tag \"basic\"; tag \"MANE_Select\";\n");
        var r = Assert.Single(GtfReader.Read(path));
        Assert.Equal(("g", "t", '-'), (r.Attribute("gene_id"), r.Attribute("transcript_id"), r.Strand));
        Assert.Equal(["basic", "MANE_Select"], r.Tags);
    }
}
