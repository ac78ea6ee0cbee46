using System.Text;

namespace Trek.IO.Tables;

/// <summary>
/// A read-only stream of the UTF-8 bytes of a <see cref="TextReader"/>'s text, so tables handed over as text
/// (tests, readers opened by callers) go through the one byte-level table reader. The encoder keeps surrogate
/// pairs split across blocks whole; text that is not valid UTF-16 is encoded as U+FFFD, as decoding would give it.
/// </summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] _chars = new char[1 << 14];
    private readonly byte[] _bytes = new byte[3 * (1 << 14) + 8];
    private int _at;
    private int _count;
    private bool _done;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_at == _count && !_done)
        {
            var read = reader.Read(_chars, 0, _chars.Length);
            _done = read == 0;
            _count = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: _done);
            _at = 0;
        }

        var n = Math.Min(count, _count - _at);
        Array.Copy(_bytes, _at, buffer, offset, n);
        _at += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
