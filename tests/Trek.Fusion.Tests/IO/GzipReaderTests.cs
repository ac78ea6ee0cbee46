using System.IO.Compression;
using System.Text;
using Trek.IO;
using Trek.IO.Compression;

namespace Trek.Fusion.Tests.IO;

public sealed class GzipReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly byte[] Text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 20000).Select(i => $"@r{i}\nACGTACGTAC{i % 97}\n+\nIIIIIIIIII\n")));

    private static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(data);
        }

        return ms.ToArray();
    }

    private static byte[] ReadAll(byte[] compressed)
    {
        using var reader = new GzipReader(new MemoryStream(compressed));
        using var ms = new MemoryStream();
        reader.CopyTo(ms);
        return ms.ToArray();
    }

    [Fact]
    public void Read_CompleteFile_ReturnsOriginalBytes()
    {
        Assert.Equal(Text, ReadAll(Gzip(Text)));
    }

    [Fact]
    public void Read_ConcatenatedMembers_ReturnsAllMembers()
    {
        // `cat a.gz b.gz` and BGZF are multi-member gzip: every member must be read, not just the first.
        var both = Gzip(Text).Concat(Gzip(Text)).ToArray();
        Assert.Equal(Text.Concat(Text).ToArray(), ReadAll(both));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void Read_TruncatedFile_ThrowsTruncated(double keep)
    {
        var full = Gzip(Text);
        var cut = full[..(int)(full.Length * keep)];
        var ex = Assert.Throws<InvalidDataException>(() => ReadAll(cut));
        Assert.Contains("truncated gzip", ex.Message);
    }

    [Fact]
    public void Read_MissingTrailer_ThrowsTruncated()
    {
        // All compressed data present but the CRC/length trailer cut off: GZipStream accepts this silently.
        var full = Gzip(Text);
        Assert.Throws<InvalidDataException>(() => ReadAll(full[..^4]));
    }

    [Fact]
    public void Read_CorruptBlock_ThrowsCorrupt()
    {
        var bad = Gzip(Text);
        for (var i = bad.Length / 2; i < (bad.Length / 2) + 8; i++)
        {
            bad[i] ^= 0xFF;
        }

        var ex = Assert.Throws<InvalidDataException>(() => ReadAll(bad));
        Assert.Matches("corrupt gzip|truncated gzip", ex.Message);
    }

    [Fact]
    public void OpenRead_PlainFile_IsReadAsIs()
    {
        var path = Path.Combine(_temp.Path, "plain.fq");
        File.WriteAllBytes(path, Text);
        using var s = InputFile.OpenRead(path);
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        Assert.Equal(Text, ms.ToArray());
    }

    [Fact]
    public void OpenRead_GzipWithoutGzSuffix_IsDetectedByMagicBytes()
    {
        var path = Path.Combine(_temp.Path, "reads.fastq");
        File.WriteAllBytes(path, Gzip(Text));
        using var s = InputFile.OpenRead(path);
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        Assert.Equal(Text, ms.ToArray());
    }
}
