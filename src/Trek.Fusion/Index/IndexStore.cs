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
/// `trek.idx` is the magic "TREKIDX\0", the format version (int32), then the sections of
/// <see cref="IndexSection"/> in order, each as: id (int32), length (int64), that many bytes, and the
/// XxHash64 of id, length and bytes; then the end magic "TREKEND\0" and nothing after it. A section is
/// read whole and its checksum verified before a byte of it is parsed, and every count and index read
/// is range-checked, so a damaged file (a flipped byte, a same-size sequence edit, a truncation) is
/// refused with one line naming it, never used. Loading also checks that data and manifest agree.
/// </summary>
public static class IndexStore
{
    public const string DataFile = "trek.idx";
    public const string ManifestFile = "manifest.json";
    private static readonly byte[] Magic = "TREKIDX\0"u8.ToArray();
    private static readonly byte[] EndMagic = "TREKEND\0"u8.ToArray();

    public static void Save(FusionIndex index, string directory)
    {
        Directory.CreateDirectory(directory);
        var manifestJson = JsonSerializer.Serialize(index.Manifest, TrekJson.Options);
        using (var file = AtomicFile.Create(Path.Combine(directory, DataFile)))
        {
            var s = file.Stream;
            s.Write(Magic);
            Span<byte> version = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(version, IndexBuilder.FormatVersion);
            s.Write(version);
            WriteSection(s, IndexSection.Manifest, w => w.Write(manifestJson));
            WriteSection(s, IndexSection.Genes, w => IndexCodec.WriteGenes(w, index.Genes));
            WriteSection(s, IndexSection.Transcripts, w => IndexCodec.WriteTranscripts(w, index.Transcripts));
            WriteSection(s, IndexSection.Kmers, w => IndexCodec.WriteKmers(w, index.Kmers));
            WriteSection(s, IndexSection.ExonEnds, w => IndexCodec.WriteBoundaries(w, index.ExonEnds));
            WriteSection(s, IndexSection.ExonStarts, w => IndexCodec.WriteBoundaries(w, index.ExonStarts));
            WriteSection(s, IndexSection.Repeats, w => IndexCodec.WriteRepeats(w, index.Repeats));
            s.Write(EndMagic);
            file.Commit();
        }

        using var manifest = AtomicFile.Create(Path.Combine(directory, ManifestFile));
        manifest.Stream.Write(Encoding.UTF8.GetBytes(manifestJson + "\n"));
        manifest.Commit();
    }

    /// <exception cref="InputException">Not a Trek index, another format version, a damaged file, or data and manifest from different builds.</exception>
    public static FusionIndex Load(string directory)
    {
        var dataPath = Path.Combine(directory, DataFile);
        if (!File.Exists(dataPath))
        {
            throw new InputException($"{directory}: not a Trek index directory (no {DataFile}; build one with `trek index`)");
        }

        using var stream = new FileStream(dataPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var head = new byte[Magic.Length + 4];
        if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InputException($"{dataPath}: not a Trek index file");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(Magic.Length));
        if (version != IndexBuilder.FormatVersion)
        {
            throw new InputException($"{dataPath}: index format {version}, this Trek reads format {IndexBuilder.FormatVersion}: rebuild it with `trek index`");
        }

        var manifestJson = ReadSection(stream, dataPath, IndexSection.Manifest, r => r.ReadString());
        CheckManifest(directory, manifestJson);
        var manifest = Parse(dataPath, "manifest", () => JsonSerializer.Deserialize<IndexManifest>(manifestJson, TrekJson.Options))
            ?? throw Damaged(dataPath, "manifest is empty");
        var genes = ReadSection(stream, dataPath, IndexSection.Genes, IndexCodec.ReadGenes);
        var transcripts = ReadSection(stream, dataPath, IndexSection.Transcripts, r => IndexCodec.ReadTranscripts(r, genes.Count));
        var kmers = ReadSection(stream, dataPath, IndexSection.Kmers, r => IndexCodec.ReadKmers(r, transcripts));
        var ends = ReadSection(stream, dataPath, IndexSection.ExonEnds, r => IndexCodec.ReadBoundaries(r, transcripts));
        var starts = ReadSection(stream, dataPath, IndexSection.ExonStarts, r => IndexCodec.ReadBoundaries(r, transcripts));
        var repeats = ReadSection(stream, dataPath, IndexSection.Repeats, r => IndexCodec.ReadRepeats(r, genes.Count));
        var end = new byte[EndMagic.Length + 1];
        if (stream.ReadAtLeast(end, end.Length, throwOnEndOfStream: false) != EndMagic.Length || !end.AsSpan(0, EndMagic.Length).SequenceEqual(EndMagic))
        {
            throw Damaged(dataPath, "the end marker is missing or followed by extra bytes");
        }

        if (manifest.Genes != genes.Count || manifest.Transcripts != transcripts.Count || manifest.K != kmers.K)
        {
            throw Damaged(dataPath, "the manifest's gene, transcript or k counts differ from the data");
        }

        return new FusionIndex(manifest, genes, transcripts, kmers, ends, starts, repeats);
    }

    internal static InputException Damaged(string path, string what) =>
        new($"{path}: index file is damaged ({what}): rebuild it with `trek index`");

    private static void WriteSection(Stream s, IndexSection id, Action<BinaryWriter> write)
    {
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            write(w);
        }

        var head = new byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(head, (int)id);
        BinaryPrimitives.WriteInt64LittleEndian(head.AsSpan(4), body.Length);
        var hash = new XxHash64();
        hash.Append(head);
        hash.Append(body.GetBuffer().AsSpan(0, (int)body.Length));
        s.Write(head);
        s.Write(body.GetBuffer(), 0, (int)body.Length);
        s.Write(hash.GetCurrentHash());
    }

    /// <summary>Reads section <paramref name="id"/> whole, verifies its checksum, then parses it; anything wrong is a one-line refusal naming the file.</summary>
    private static T ReadSection<T>(Stream s, string path, IndexSection id, Func<BinaryReader, T> parse)
    {
        var head = new byte[12];
        if (s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length)
        {
            throw Damaged(path, $"truncated before the {Name(id)} section");
        }

        var found = BinaryPrimitives.ReadInt32LittleEndian(head);
        var length = BinaryPrimitives.ReadInt64LittleEndian(head.AsSpan(4));
        if (found != (int)id)
        {
            throw Damaged(path, $"section {found} where the {Name(id)} section belongs");
        }

        if (length < 0 || length > s.Length - s.Position - 8 || length > Array.MaxLength)
        {
            throw Damaged(path, $"truncated or a bad length: the {Name(id)} section claims {length:N0} bytes, the file has {Math.Max(0, s.Length - s.Position):N0} left");
        }

        var body = GC.AllocateUninitializedArray<byte>((int)length);
        var digest = new byte[8];
        if (s.ReadAtLeast(body, body.Length, throwOnEndOfStream: false) < body.Length || s.ReadAtLeast(digest, 8, throwOnEndOfStream: false) < 8)
        {
            throw Damaged(path, $"truncated in the {Name(id)} section");
        }

        var hash = new XxHash64();
        hash.Append(head);
        hash.Append(body);
        if (!hash.GetCurrentHash().AsSpan().SequenceEqual(digest))
        {
            throw Damaged(path, $"the {Name(id)} section fails its checksum");
        }

        using var reader = new BinaryReader(new MemoryStream(body, writable: false), Encoding.UTF8);
        var value = Parse(path, Name(id), () => parse(reader));
        if (reader.BaseStream.Position != body.Length)
        {
            throw Damaged(path, $"the {Name(id)} section has {body.Length - reader.BaseStream.Position:N0} unread bytes");
        }

        return value;
    }

    /// <summary>Runs a parser over checksummed bytes; a count or index out of range (<see cref="InvalidDataException"/>) becomes the one-line refusal.</summary>
    private static T Parse<T>(string path, string section, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or JsonException or FormatException)
        {
            throw Damaged(path, $"{section}: {ex.Message}");
        }
    }

    private static string Name(IndexSection id) => id.ToString().ToLowerInvariant();

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
