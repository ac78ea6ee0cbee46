using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Trek.Fusion.Index;

/// <summary>Writes `trek.idx` sections in the framing of <see cref="IndexStore"/>, streaming (a big section is never copied), and hashes the whole file as it goes.</summary>
internal sealed class SectionWriter(Stream stream)
{
    private static readonly byte[] Zeros = new byte[IndexStore.Alignment];
    private readonly XxHash3 _file = new();
    private XxHash3 _section = new();
    private long _position;
    private long _left;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        _file.Append(bytes);
        _position += bytes.Length;
    }

    /// <summary>Frame of a section of <paramref name="length"/> bytes: id, length, zero padding to the 64-byte boundary.</summary>
    public void Begin(IndexSection id, long length)
    {
        Span<byte> head = stackalloc byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(head, (int)id);
        BinaryPrimitives.WriteInt64LittleEndian(head[4..], length);
        Write(head);
        Write(Zeros.AsSpan(0, SectionReader.Padding(_position)));
        _section = new XxHash3();
        _section.Append(head);
        _left = length;
    }

    public void Body(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _left)
        {
            throw new InvalidOperationException("section body longer than its frame says");
        }

        Write(bytes);
        _section.Append(bytes);
        _left -= bytes.Length;
    }

    public void End()
    {
        if (_left != 0)
        {
            throw new InvalidOperationException($"section body {_left} bytes shorter than its frame says");
        }

        Write(_section.GetCurrentHash());
    }

    /// <summary>A raw little-endian array as one section, in pieces (a span of bytes cannot pass 2 GB).</summary>
    public void Raw<T>(IndexSection id, ReadOnlySpan<T> items)
        where T : unmanaged
    {
        var size = Marshal.SizeOf<T>();
        Begin(id, (long)items.Length * size);
        var chunk = (1 << 26) / size;
        for (var i = 0; i < items.Length; i += chunk)
        {
            Body(MemoryMarshal.AsBytes(items.Slice(i, Math.Min(chunk, items.Length - i))));
        }

        End();
    }

    /// <summary>A small section, written by <paramref name="write"/> into memory first.</summary>
    public void Small(IndexSection id, Action<BinaryWriter> write)
    {
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            write(w);
        }

        Raw<byte>(id, body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    /// <summary>XxHash3 of every byte written, as hex: the build checksum of the file.</summary>
    public string FileChecksum() => Convert.ToHexStringLower(_file.GetCurrentHash());
}
