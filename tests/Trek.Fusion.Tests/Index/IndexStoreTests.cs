using Trek.Core;
using Trek.Fusion.Index;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Index;

public sealed class IndexStoreTests(SyntheticReferenceFixture fixture) : IClassFixture<SyntheticReferenceFixture>, IDisposable
{
    private readonly SyntheticReference _ref = fixture.Reference;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Saved()
    {
        var dir = Path.Combine(_temp.NewDir(), "idx");
        IndexStore.Save(_ref.Index, dir);
        return dir;
    }

    [Fact]
    public void SaveLoad_RoundTrip_KeepsSequencesExonsAndKmers()
    {
        var loaded = IndexStore.Load(Saved());
        Assert.Equal(_ref.Index.Transcripts.Select(t => t.Codes), loaded.Transcripts.Select(t => t.Codes));
        Assert.Equal(_ref.Index.Transcripts.SelectMany(t => t.Exons), loaded.Transcripts.SelectMany(t => t.Exons));
        Assert.Equal(_ref.Index.Kmers.DistinctKmers, loaded.Kmers.DistinctKmers);
        Assert.Equal(_ref.Index.Manifest.Inputs, loaded.Manifest.Inputs);
        Assert.Equal(2, loaded.Manifest.Inputs.Count);
        Assert.Equal(64, loaded.Manifest.Inputs[0].Sha256.Length);
    }

    [Fact]
    public void Load_ManifestFromAnotherBuild_IsRefused()
    {
        var dir = Saved();
        var manifest = Path.Combine(dir, IndexStore.ManifestFile);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"k\": 31", "\"k\": 25"));
        var ex = Assert.Throws<InputException>(() => IndexStore.Load(dir));
        Assert.Contains("come from different builds", ex.Message);
    }

    [Fact]
    public void Load_NotAnIndex_IsRefused()
    {
        var dir = _temp.NewDir();
        Assert.Contains("not a Trek index directory", Assert.Throws<InputException>(() => IndexStore.Load(dir)).Message);
        File.WriteAllText(Path.Combine(dir, IndexStore.DataFile), "hello");
        Assert.Contains("not a Trek index file", Assert.Throws<InputException>(() => IndexStore.Load(dir)).Message);
    }

    [Fact]
    public void Load_TruncatedDataFile_IsRefused()
    {
        var dir = Saved();
        var data = Path.Combine(dir, IndexStore.DataFile);
        var bytes = File.ReadAllBytes(data);
        File.WriteAllBytes(data, bytes[..(bytes.Length / 2)]);
        Assert.Contains("truncated", Assert.Throws<InputException>(() => IndexStore.Load(dir)).Message);
    }

    [Fact]
    public void Build_FastaAndGtfThatDoNotBelongTogether_IsRefused()
    {
        var otherFasta = Path.Combine(_ref.Dir, "other.fa");
        File.WriteAllText(otherFasta, ">chrX\nACGTACGTACGT\n");
        var ex = Assert.Throws<InputException>(() => IndexBuilder.Build(otherFasta, _ref.Gtf, null, 31, null, null));
        Assert.Contains("do not belong together", ex.Message);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(32)]
    [InlineData(30)]
    public void Build_BadKmer_IsRefusedWithADomainMessage(int k)
    {
        Assert.False(IndexBuilder.IsValidK(k));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => IndexBuilder.Build(_ref.Fasta, _ref.Gtf, null, k, null, null));
        Assert.DoesNotContain("--", ex.Message);
    }

    [Fact]
    public void Build_GeneFilter_KeepsOnlyThoseGenes()
    {
        var index = IndexBuilder.Build(_ref.Fasta, _ref.Gtf, ["GB"], 31, null, null);
        Assert.Equal(["GB"], index.Genes.Select(g => g.Name));
    }
}
