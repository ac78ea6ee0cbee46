using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace Trek.Fusion.Index;

/// <summary>
/// Walks the sections of a mapped `trek.idx` in order (<see cref="IndexStore"/> framing): checks each frame against the
/// bytes left and its checksum over the mapped bytes before anything is used; small sections are parsed from the
/// mapping, raw ones handed out in place.
/// </summary>
internal sealed unsafe class SectionReader(IndexMapping mapping, string path, long position)
{
    public IndexMapping Mapping => mapping;

    /// <summary>The byte after the last section read.</summary>
    public long Position { get; private set; } = position;

    /// <summary>Zero bytes after a frame at <paramref name="offset"/> so the body starts on a 64-byte boundary.</summary>
    public static int Padding(long offset) => (int)((IndexStore.Alignment - (offset % IndexStore.Alignment)) % IndexStore.Alignment);

    /// <summary>A section of items of <paramref name="itemSize"/> bytes each, verified, in place.</summary>
    public RawSection Raw(IndexSection id, int itemSize)
    {
        var section = Next(id);
        return section.Length % itemSize == 0 ? section
            : throw IndexStore.Damaged(path, $"the {Name(id)} section's {section.Length:N0} bytes are not whole {itemSize}-byte items");
    }

    /// <summary>A small section, verified then parsed; a parse that does not use every byte is refused.</summary>
    public T Small<T>(IndexSection id, Func<BinaryReader, T> parse)
    {
        var section = Next(id);
        using var stream = new UnmanagedMemoryStream(section.Pointer, section.Length);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var value = Parse(path, Name(id), () => parse(reader));
        return stream.Position == section.Length ? value
            : throw IndexStore.Damaged(path, $"the {Name(id)} section has {section.Length - stream.Position:N0} unread bytes");
    }

    /// <summary>Runs a parser over checksummed bytes; a count or index out of range (<see cref="InvalidDataException"/>) becomes the one-line refusal.</summary>
    public static T Parse<T>(string path, string section, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or JsonException or FormatException)
        {
            throw IndexStore.Damaged(path, $"{section}: {ex.Message}");
        }
    }

    private RawSection Next(IndexSection id)
    {
        var file = mapping.Pointer;
        if (mapping.Length - Position < 12)
        {
            throw IndexStore.Damaged(path, $"truncated before the {Name(id)} section");
        }

        var head = new ReadOnlySpan<byte>(file + Position, 12);
        var found = BinaryPrimitives.ReadInt32LittleEndian(head);
        var length = BinaryPrimitives.ReadInt64LittleEndian(head[4..]);
        if (found != (int)id)
        {
            throw IndexStore.Damaged(path, $"section {found} where the {Name(id)} section belongs");
        }

        var body = Position + 12 + Padding(Position + 12);
        var left = Math.Max(0, mapping.Length - body - 8);
        if (length < 0 || length > left)
        {
            throw IndexStore.Damaged(path, $"truncated or a bad length: the {Name(id)} section claims {length:N0} bytes, the file has {left:N0} left");
        }

        if (new ReadOnlySpan<byte>(file + Position + 12, (int)(body - Position - 12)).IndexOfAnyExcept((byte)0) >= 0)
        {
            throw IndexStore.Damaged(path, $"the padding before the {Name(id)} section is not zero");
        }

        var hash = new XxHash3();
        hash.Append(head);
        for (long at = 0; at < length; at += 1 << 30)
        {
            hash.Append(new ReadOnlySpan<byte>(file + body + at, (int)Math.Min(1 << 30, length - at)));
        }

        if (!hash.GetCurrentHash().AsSpan().SequenceEqual(new ReadOnlySpan<byte>(file + body + length, 8)))
        {
            throw IndexStore.Damaged(path, $"the {Name(id)} section fails its checksum");
        }

        Position = body + length + 8;
        return new RawSection(file + body, length);
    }

    private static string Name(IndexSection id) => id.ToString().ToLowerInvariant();
}

/// <summary>A verified section's bytes inside the mapping.</summary>
internal readonly unsafe struct RawSection(byte* pointer, long length)
{
    public byte* Pointer { get; } = pointer;

    public long Length { get; } = length;
}
