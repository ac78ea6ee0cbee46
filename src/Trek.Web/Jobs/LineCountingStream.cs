namespace Trek.Web.Jobs;

/// <summary>
/// A read-only pass-through over decompressed FASTQ that counts the line ends read so far, so a running job can show
/// how many reads it has read (4 lines per FASTQ record) without touching the library's pipeline.
/// </summary>
internal sealed class LineCountingStream(Stream inner) : Stream
{
    private long _lines;

    public long Lines => Interlocked.Read(ref _lines);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Interlocked.Add(ref _lines, buffer[..n].Count((byte)'\n'));
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
