using System.Text;
using Trek.Core;
using Trek.Fusion.Index;
using Trek.IO.Structured;

namespace Trek.Fusion.Tests.IO;

/// <summary>
/// Inputs that crashed a parser under fuzz/run.sh (docs/reliability.md), kept so the defects stay fixed: each must
/// now be refused with Trek's bad-input exception (or, inside an index section, the InvalidDataException that
/// IndexStore turns into its one-line refusal), never another exception.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static string Crash(string name) => Path.Combine(TestPaths.Repo, "tests", "Trek.Fusion.Tests", "IO", "FuzzCrashes", name);

    [Fact]
    public void YamlParse_BrokenFlowMapping_RefusedAsInvalidYaml()
    {
        // Minimised from a mutated patient record: YamlDotNet's scanner throws InvalidOperationException here
        // (not YamlException), which reached the CLI as exit 70.
        var ex = Assert.Throws<InputException>(() => StructuredTextReader.Parse(": {\ns", "p.yaml"));
        Assert.StartsWith("p.yaml: not valid YAML", ex.Message);
    }

    [Fact]
    public void ReadGenes_StrandByteStartingAFourByteUtf8Sequence_InvalidData()
    {
        // One gene: id, name, contig, then the strand. F0 9F 98 80 is one 4-byte UTF-8 character (a surrogate
        // pair): BinaryReader.ReadChar threw ArgumentException on it. The strand must be '+' or '-'.
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(1);
            w.Write("G1");
            w.Write("GA");
            w.Write("chrT");
            w.Write((byte[])[0xF0, 0x9F, 0x98, 0x80]);
            w.Write(1L);
            w.Write(2L);
        }

        body.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => IndexCodec.ReadGenes(new BinaryReader(body, Encoding.UTF8)));
        Assert.Equal("a strand is neither + nor -", ex.Message);
    }

    [Theory]
    [InlineData("index-genes-readchar.bin")]
    [InlineData("index-transcripts-readchar.bin")]
    public void ReadGenes_FuzzedGenesSections_InvalidDataOrEndOfStream(string file)
    {
        // The saved fuzz inputs: a tag byte (1: the genes section, the second of the file) and the mutated section
        // body that passed its recomputed checksum. Both threw ArgumentException from ReadChar.
        var body = File.ReadAllBytes(Crash(file))[1..];
        var ex = Record.Exception(() => IndexCodec.ReadGenes(new BinaryReader(new MemoryStream(body), Encoding.UTF8)));
        Assert.True(ex is InvalidDataException or EndOfStreamException, $"{file}: {ex?.GetType().Name ?? "no exception"}");
    }
}
