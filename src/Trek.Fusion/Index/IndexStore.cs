using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Trek.Core;
using Trek.Fusion.Annotation;
using Trek.IO;

namespace Trek.Fusion.Index;

/// <summary>
/// Reads and writes an index directory: `trek.idx` and `manifest.json` (the same provenance, for people).
/// `trek.idx` is the magic "TREKIDX\0", the format version (int32), then the sections of <see cref="IndexSection"/>
/// in order, each as: id (int32), length (int64), zero bytes up to the next multiple of 64 from the start of the
/// file, that many bytes, and the XxHash3 (64-bit) of id, length and bytes; then the end magic "TREKEND\0" and
/// nothing after it. The file is mapped read-only (<see cref="IndexMapping"/>): the big sections (the k-mer table,
/// its runs) are used in place, the small ones parsed. Every section's checksum is verified before it is used and
/// every count and index read is range-checked, so a damaged file (a flipped byte, a same-size sequence edit, a
/// truncation) is refused with one line naming it, never used. Loading also checks that data and manifest agree.
/// </summary>
public static class IndexStore
{
    public const string DataFile = "trek.idx";
    public const string ManifestFile = "manifest.json";
    internal const int Alignment = 64;
    private static readonly byte[] Magic = "TREKIDX\0"u8.ToArray();
    private static readonly byte[] EndMagic = "TREKEND\0"u8.ToArray();

    /// <summary>Writes the index (the data file by atomic replace, so a process that has the old one mapped keeps it intact).</summary>
    /// <returns>The XxHash3 of the whole data file, the build checksum.</returns>
    public static string Save(FusionIndex index, string directory)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("trek.idx is little-endian");
        }

        Directory.CreateDirectory(directory);
        var manifestJson = JsonSerializer.Serialize(index.Manifest, TrekJson.Options);
        string checksum;
        using (var file = AtomicFile.Create(Path.Combine(directory, DataFile)))
        {
            var s = new SectionWriter(file.Stream);
            s.Write(Magic);
            Span<byte> version = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(version, IndexBuilder.FormatVersion);
            s.Write(version);
            s.Small(IndexSection.Manifest, w => w.Write(manifestJson));
            s.Small(IndexSection.Genes, w => IndexCodec.WriteGenes(w, index.Genes));
            s.Begin(IndexSection.Codes, index.Transcripts.Sum(t => (long)t.Length));
            foreach (var t in index.Transcripts)
            {
                s.Body(t.Codes);
            }

            s.End();
            s.Small(IndexSection.Transcripts, w => IndexCodec.WriteTranscripts(w, index.Transcripts));
            var kmers = index.Kmers;
            s.Small(IndexSection.Kmers, w => IndexCodec.WriteKmers(w, kmers));
            s.Raw(IndexSection.KmerKeys, MemoryMarshal.AsBytes(kmers.Keys));
            s.Raw(IndexSection.KmerValues, MemoryMarshal.AsBytes(kmers.Values));
            s.Raw(IndexSection.KmerRuns, MemoryMarshal.AsBytes(kmers.Runs.AsSpan()));
            s.Small(IndexSection.ExonEnds, w => IndexCodec.WriteBoundaries(w, index.ExonEnds));
            s.Small(IndexSection.ExonStarts, w => IndexCodec.WriteBoundaries(w, index.ExonStarts));
            s.Small(IndexSection.Repeats, w => IndexCodec.WriteRepeats(w, index.Repeats));
            s.Write(EndMagic);
            checksum = s.FileChecksum();
            file.Commit();
        }

        using var manifest = AtomicFile.Create(Path.Combine(directory, ManifestFile));
        manifest.Stream.Write(Encoding.UTF8.GetBytes(manifestJson + "\n"));
        manifest.Commit();
        return checksum;
    }

    /// <summary>Maps and verifies an index; the result holds the mapping until disposed (or collected).</summary>
    /// <exception cref="InputException">Not a Trek index, another format version, a damaged file, or data and manifest from different builds.</exception>
    public static unsafe FusionIndex Load(string directory)
    {
        var dataPath = Path.Combine(directory, DataFile);
        if (!File.Exists(dataPath))
        {
            throw new InputException($"{directory}: not a Trek index directory (no {DataFile}; build one with `trek index`)");
        }

        var size = new FileInfo(dataPath).Length;
        if (size < Magic.Length + 4)
        {
            throw new InputException($"{dataPath}: not a Trek index file");
        }

        var mapping = new IndexMapping(dataPath, size);
        try
        {
            var file = new ReadOnlySpan<byte>(mapping.Pointer, (int)Math.Min(size, Magic.Length + 4));
            if (!file[..Magic.Length].SequenceEqual(Magic))
            {
                throw new InputException($"{dataPath}: not a Trek index file");
            }

            var version = BinaryPrimitives.ReadInt32LittleEndian(file[Magic.Length..]);
            if (version != IndexBuilder.FormatVersion)
            {
                throw new InputException($"{dataPath}: index format {version}, this Trek reads format {IndexBuilder.FormatVersion}: rebuild it with `trek index`");
            }

            var index = Read(new SectionReader(mapping, dataPath, Magic.Length + 4), directory, dataPath);
            var end = mapping.Length - index.End;
            if (end != EndMagic.Length || !new ReadOnlySpan<byte>(mapping.Pointer + index.End, EndMagic.Length).SequenceEqual(EndMagic))
            {
                throw Damaged(dataPath, "the end marker is missing or followed by extra bytes");
            }

            return index.Index;
        }
        catch
        {
            mapping.Dispose();
            throw;
        }
    }

    internal static InputException Damaged(string path, string what) =>
        new($"{path}: index file is damaged ({what}): rebuild it with `trek index`");

    private static unsafe (FusionIndex Index, long End) Read(SectionReader r, string directory, string dataPath)
    {
        var manifestJson = r.Small(IndexSection.Manifest, b => b.ReadString());
        CheckManifest(directory, manifestJson);
        var manifest = SectionReader.Parse(dataPath, "manifest", () => JsonSerializer.Deserialize<IndexManifest>(manifestJson, TrekJson.Options))
            ?? throw Damaged(dataPath, "manifest is empty");
        var genes = r.Small(IndexSection.Genes, IndexCodec.ReadGenes);
        var codes = r.Raw(IndexSection.Codes, 1);
        var transcripts = r.Small(IndexSection.Transcripts, b => IndexCodec.ReadTranscripts(b, genes.Count, codes));
        var (k, slots, distinct) = r.Small(IndexSection.Kmers, b => IndexCodec.ReadKmers(b, manifest));
        var keys = r.Raw(IndexSection.KmerKeys, sizeof(ulong));
        var values = r.Raw(IndexSection.KmerValues, sizeof(uint));
        var runBytes = r.Raw(IndexSection.KmerRuns, sizeof(KmerRun));
        if (keys.Length != slots * (long)sizeof(ulong) || values.Length != slots * (long)sizeof(uint))
        {
            throw Damaged(dataPath, $"the k-mer table has {slots:N0} slots but {keys.Length:N0} key and {values.Length:N0} value bytes");
        }

        if (new ReadOnlySpan<ulong>(keys.Pointer, slots).IndexOf(0UL) < 0)
        {
            throw Damaged(dataPath, "kmers: the table has no empty slot (a lookup would never end)");
        }

        var runs = new KmerRun[runBytes.Length / sizeof(KmerRun)];
        new ReadOnlySpan<byte>(runBytes.Pointer, (int)runBytes.Length).CopyTo(MemoryMarshal.AsBytes(runs.AsSpan()));
        var table = SectionReader.Parse(dataPath, "kmers", () => new KmerTable(k, distinct, slots, (ulong*)keys.Pointer, (uint*)values.Pointer, null, r.Mapping, transcripts, runs));
        var ends = r.Small(IndexSection.ExonEnds, b => IndexCodec.ReadBoundaries(b, transcripts));
        var starts = r.Small(IndexSection.ExonStarts, b => IndexCodec.ReadBoundaries(b, transcripts));
        var repeats = r.Small(IndexSection.Repeats, b => IndexCodec.ReadRepeats(b, genes.Count));
        if (manifest.Genes != genes.Count || manifest.Transcripts != transcripts.Count || manifest.K != k)
        {
            throw Damaged(dataPath, "the manifest's gene, transcript or k counts differ from the data");
        }

        return (new FusionIndex(manifest, genes, transcripts, table, ends, starts, repeats), r.Position);
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
}
