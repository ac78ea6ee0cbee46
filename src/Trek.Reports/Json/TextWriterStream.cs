using System.Text;

namespace Trek.Reports.Json;

/// <summary>
/// A write-only stream that decodes the UTF-8 bytes written to it and passes the text on to a <see cref="TextWriter"/>
/// (standard output as the invocation gives it, or a file's writer), so a serializer that writes bytes can stream
/// into either. The decoder keeps a character split across two writes whole. The writer is not owned.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly char[] _chars = new char[1 << 14];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => Decode(buffer, flush: false);

    /// <summary>The text writer is flushed by its owner when the whole document is written, not after every block.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Decode([], flush: true);
        }

        base.Dispose(disposing);
    }

    private void Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var completed = false;
        while (!completed)
        {
            _decoder.Convert(bytes, _chars, flush, out var used, out var produced, out completed);
            writer.Write(_chars, 0, produced);
            bytes = bytes[used..];
        }
    }
}
