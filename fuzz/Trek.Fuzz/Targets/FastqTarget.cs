using Trek.IO;
using Trek.IO.Fastq;

namespace Trek.Fuzz.Targets;

/// <summary>FASTQ through <see cref="FastqBatchReader"/>, plain and gzip (the first bytes choose, as for a real input).</summary>
internal sealed class FastqTarget : FuzzTarget
{
    public override string Name => "fastq";

    public override IReadOnlyList<byte[]> Seeds(Repository repo) =>
    [
        repo.GunzipHead("examples/pizzly-spikein/reads_1.fastq.gz", 40),
        repo.GunzipHead("examples/pizzly-spikein/reads_2.fastq.gz", 40),
        Gzip(repo.GunzipHead("examples/pizzly-spikein/reads_1.fastq.gz", 20)),
    ];

    public override void Execute(byte[] input, string scratch)
    {
        using var reader = new FastqBatchReader(InputFile.Decode(new MemoryStream(input)), "fuzz.fq");
        var batch = new ReadBatch(64);
        while (reader.Fill(batch))
        {
        }
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(data);
        }

        return output.ToArray();
    }
}
