using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Trek.Core;
using Trek.Fusion.Annotation;
using Trek.IO;

namespace Trek.Fusion.Index;

/// <summary>
/// Reads and writes an index directory: `trek.idx` (binary, versioned, arrays stored raw so loading is
/// a few large reads) and `manifest.json` (the same provenance, for people). Loading checks that the
/// two agree, so a data file swapped in from another build is refused.
/// </summary>
public static class IndexStore
{
    public const string DataFile = "trek.idx";
    public const string ManifestFile = "manifest.json";
    private static readonly byte[] Magic = "TREKIDX\0"u8.ToArray();

    public static void Save(FusionIndex index, string directory)
    {
        Directory.CreateDirectory(directory);
        var manifestJson = JsonSerializer.Serialize(index.Manifest, TrekJson.Options);
        using (var file = AtomicFile.Create(Path.Combine(directory, DataFile)))
        {
            using (var w = new BinaryWriter(file.Stream, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(Magic);
                w.Write(IndexBuilder.FormatVersion);
                w.Write(manifestJson);
                WriteGenes(w, index.Genes);
                WriteTranscripts(w, index.Transcripts);
                w.Write(index.K);
                WriteArray(w, index.Kmers.SlotKeys);
                WriteArray(w, index.Kmers.SlotStart);
                WriteArray(w, index.Kmers.SlotCount);
                WriteArray(w, index.Kmers.Occurrences);
                WriteArray(w, index.Kmers.SlotShared);
                WriteArray(w, index.ExonEnds.Keys);
                WriteArray(w, index.ExonEnds.Sites);
                WriteArray(w, index.ExonStarts.Keys);
                WriteArray(w, index.ExonStarts.Sites);
            }

            file.Commit();
        }

        using var manifest = AtomicFile.Create(Path.Combine(directory, ManifestFile));
        manifest.Stream.Write(Encoding.UTF8.GetBytes(manifestJson + "\n"));
        manifest.Commit();
    }

    /// <exception cref="InputException">Not a Trek index, another format version, or data and manifest from different builds.</exception>
    public static FusionIndex Load(string directory)
    {
        var dataPath = Path.Combine(directory, DataFile);
        if (!File.Exists(dataPath))
        {
            throw new InputException($"{directory}: not a Trek index directory (no {DataFile}; build one with `trek index`)");
        }

        try
        {
            using var stream = new FileStream(dataPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InputException($"{dataPath}: not a Trek index file");
            }

            var version = r.ReadInt32();
            if (version != IndexBuilder.FormatVersion)
            {
                throw new InputException($"{dataPath}: index format {version}, this Trek reads format {IndexBuilder.FormatVersion}: rebuild it with `trek index`");
            }

            var manifestJson = r.ReadString();
            CheckManifest(directory, manifestJson);
            var manifest = JsonSerializer.Deserialize<IndexManifest>(manifestJson, TrekJson.Options)!;
            var genes = ReadGenes(r);
            var transcripts = ReadTranscripts(r);
            var k = r.ReadInt32();
            var kmers = new KmerTable(k, ReadArray<ulong>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<ulong>(r), ReadArray<byte>(r));
            var ends = new BoundaryMap(ReadArray<uint>(r), ReadArray<ulong>(r));
            var starts = new BoundaryMap(ReadArray<uint>(r), ReadArray<ulong>(r));
            return new FusionIndex(manifest, genes, transcripts, kmers, ends, starts);
        }
        catch (EndOfStreamException)
        {
            throw new InputException($"{dataPath}: index file is truncated: rebuild it with `trek index`");
        }
    }

    private static void CheckManifest(string directory, string embedded)
    {
        var path = Path.Combine(directory, ManifestFile);
        if (!File.Exists(path))
        {
            return;
        }

        var onDisk = File.ReadAllText(path).TrimEnd();
        if (onDisk != embedded)
        {
            throw new InputException($"{directory}: {ManifestFile} and {DataFile} come from different builds (inputs or options differ): rebuild the index with `trek index`");
        }
    }

    private static void WriteGenes(BinaryWriter w, IReadOnlyList<Gene> genes)
    {
        w.Write(genes.Count);
        foreach (var g in genes)
        {
            w.Write(g.Id);
            w.Write(g.Name);
            w.Write(g.Chrom);
            w.Write(Strands.Symbol(g.Strand));
            w.Write(g.Start);
            w.Write(g.End);
        }
    }

    private static List<Gene> ReadGenes(BinaryReader r)
    {
        var n = r.ReadInt32();
        var list = new List<Gene>(n);
        for (var i = 0; i < n; i++)
        {
            list.Add(new Gene(i, r.ReadString(), r.ReadString(), r.ReadString(), ReadStrand(r), r.ReadInt64(), r.ReadInt64()));
        }

        return list;
    }

    private static void WriteTranscripts(BinaryWriter w, IReadOnlyList<Transcript> transcripts)
    {
        w.Write(transcripts.Count);
        foreach (var t in transcripts)
        {
            w.Write(t.Id);
            w.Write(t.Gene);
            w.Write(t.Chrom);
            w.Write(Strands.Symbol(t.Strand));
            w.Write(t.Biotype);
            w.Write(t.Rank);
            WriteArray(w, t.Codes);
            w.Write(t.Exons.Length);
            foreach (var e in t.Exons)
            {
                w.Write(e.Number);
                w.Write(e.TxStart);
                w.Write(e.TxEnd);
                w.Write(e.RefStart);
                w.Write(e.RefEnd);
                w.Write(e.OrigShift);
            }

            w.Write(t.CdsStart);
            w.Write(t.CdsEnd);
            w.Write(t.DomainStart);
            w.Write(t.DomainEnd);
            WriteArray(w, t.IntronsBefore);
        }
    }

    private static List<Transcript> ReadTranscripts(BinaryReader r)
    {
        var n = r.ReadInt32();
        var list = new List<Transcript>(n);
        for (var i = 0; i < n; i++)
        {
            var id = r.ReadString();
            var gene = r.ReadInt32();
            var chrom = r.ReadString();
            var strand = ReadStrand(r);
            var biotype = r.ReadString();
            var rank = r.ReadInt32();
            var codes = ReadArray<byte>(r);
            var exons = new Exon[r.ReadInt32()];
            for (var e = 0; e < exons.Length; e++)
            {
                exons[e] = new Exon(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt64(), r.ReadInt64(), r.ReadInt64());
            }

            list.Add(new Transcript
            {
                Index = i,
                Id = id,
                Gene = gene,
                Chrom = chrom,
                Strand = strand,
                Biotype = biotype,
                Rank = rank,
                Codes = codes,
                Exons = exons,
                CdsStart = r.ReadInt32(),
                CdsEnd = r.ReadInt32(),
                DomainStart = r.ReadInt32(),
                DomainEnd = r.ReadInt32(),
                IntronsBefore = ReadArray<byte>(r),
            });
        }

        return list;
    }

    private static Strand ReadStrand(BinaryReader r) =>
        Strands.TryParse(r.ReadChar(), out var strand) ? strand : throw new InvalidDataException("strand is neither + nor -");

    private static void WriteArray<T>(BinaryWriter w, T[] array)
        where T : unmanaged
    {
        w.Write(array.Length);
        w.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader r)
        where T : unmanaged
    {
        var n = r.ReadInt32();
        if (n < 0)
        {
            throw new EndOfStreamException();
        }

        var array = GC.AllocateUninitializedArray<T>(n);
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        var got = 0;
        while (got < bytes.Length)
        {
            var read = r.Read(bytes[got..]);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            got += read;
        }

        return array;
    }
}
