using System.IO.Compression;

namespace Trek.Fusion.Tests.Data;

/// <summary>
/// Real reads cut to a shorter length (the first N bases of each mate, qualities cut alike), written as gzip
/// FASTQ in a temporary folder: how a 50-bp run of the same library would look, without a second download.
/// </summary>
internal static class ShortReads
{
    public static (string R1, string R2) Cut(string read1, string read2, int length)
    {
        var dir = TestPaths.TempDir();
        return (CutOne(read1, Path.Combine(dir, $"cut{length}_1.fq.gz"), length), CutOne(read2, Path.Combine(dir, $"cut{length}_2.fq.gz"), length));
    }

    private static string CutOne(string source, string target, int length)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(source), CompressionMode.Decompress));
        using var writer = new StreamWriter(new GZipStream(File.Create(target), CompressionLevel.Fastest));
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            // FASTQ lines 2 and 4 of each record are the bases and the qualities.
            writer.WriteLine(n % 4 is 1 or 3 && line.Length > length ? line[..length] : line);
            n++;
        }

        return target;
    }
}
