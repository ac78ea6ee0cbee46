using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Trek.Fusion;
using Trek.Fusion.Index;
using Trek.Fusion.Reads;
using Trek.IO;
using Trek.IO.Fastq;

namespace Trek.Benchmarks;

/// <summary>
/// The fusion hot path per read: the bundled example's 1,488 real reads (mostly on-index) and the same
/// reads reversed (same composition, not in the index: the cost of dropping an off-panel read), plus
/// gzip decompression and FASTQ parsing of the example file.
/// </summary>
[MemoryDiagnoser]
public class FusionKernelBenchmarks
{
    private FusionIndex _index = null!;
    private ReadAligner _aligner = null!;
    private byte[][] _onIndex = null!;
    private byte[][] _offIndex = null!;
    private byte[] _gzip = null!;

    [GlobalSetup]
    public void Setup()
    {
        var example = Path.Combine(Repo(), "examples", "pizzly-spikein");
        _index = IndexBuilder.Build(Path.Combine(example, "transcripts.fasta.gz"), Path.Combine(example, "transcripts.gtf.gz"), null, 31, null, null);
        _aligner = new ReadAligner(_index, new FusionOptions());
        var reads = new List<byte[]>();
        foreach (var file in new[] { "reads_1.fastq.gz", "reads_2.fastq.gz" })
        {
            using var reader = new FastqBatchReader(Path.Combine(example, file));
            var batch = new ReadBatch(4096);
            while (reader.Fill(batch))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    reads.Add(batch.Sequence(i).ToArray());
                }
            }
        }

        _onIndex = [.. reads];
        _offIndex = [.. reads.Select(r => r.Reverse().ToArray())];
        _gzip = File.ReadAllBytes(Path.Combine(example, "reads_1.fastq.gz"));
    }

    [Benchmark(OperationsPerInvoke = 1488)]
    public int AlignOnIndexReads()
    {
        var n = 0;
        foreach (var r in _onIndex)
        {
            n += (int)_aligner.Align(r).Kind;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = 1488)]
    public int AlignOffIndexReads()
    {
        var n = 0;
        foreach (var r in _offIndex)
        {
            n += (int)_aligner.Align(r).Kind;
        }

        return n;
    }

    [Benchmark]
    public long DecompressAndParseExampleR1()
    {
        using var reader = new FastqBatchReader(new Trek.IO.Compression.GzipReader(new MemoryStream(_gzip)), "R1");
        var batch = new ReadBatch(4096);
        long bases = 0;
        while (reader.Fill(batch))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                bases += batch.SeqLength[i];
            }
        }

        return bases;
    }

    private static string Repo([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));
}
