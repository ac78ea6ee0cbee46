using Trek.Core;

namespace Trek.IO.Fastq;

/// <summary>
/// Forward-only FASTQ parser over raw bytes (the model is Utf8JsonReader): fills <see cref="ReadBatch"/>es,
/// validates the four-line structure, and reports errors with the file name and record number.
/// A whole record is always in the buffer before it is sliced, so no span outlives a refill.
/// </summary>
/// <exception cref="InputException">Malformed record, quality length differing from sequence, truncated or corrupt gzip.</exception>
public sealed class FastqBatchReader : IDisposable
{
    private const int MaxBuffer = 1 << 26;
    private readonly Stream _stream;
    private readonly string _source;
    private readonly int[] _lineEnds = new int[4];
    private byte[] _buffer = new byte[1 << 22];
    private int _start;
    private int _end;
    private bool _eof;
    private long _records;

    public FastqBatchReader(string path)
        : this(InputFile.OpenRead(path), path)
    {
    }

    public FastqBatchReader(Stream stream, string source)
    {
        _stream = stream;
        _source = source;
    }

    public string Source => _source;

    public long RecordsRead => _records;

    /// <summary>Compressed bytes consumed so far (0 for plain input), for progress.</summary>
    public long BytesConsumed => _stream is Compression.GzipReader g ? g.CompressedPosition : 0;

    /// <summary>Fills <paramref name="batch"/> with up to its capacity; returns false at end of input.</summary>
    public bool Fill(ReadBatch batch)
    {
        batch.Clear();
        batch.FirstRecord = _records + 1;
        while (batch.Count < batch.Capacity && TryReadRecord(batch))
        {
        }

        return batch.Count > 0;
    }

    private bool TryReadRecord(ReadBatch batch)
    {
        var found = FindLines();
        if (found == 0 && _start == _end)
        {
            return false;
        }

        var record = _records + 1;
        if (found < 4)
        {
            throw Error(record, "incomplete record at end of file (truncated input?)");
        }

        var header = Line(_start, _lineEnds[0]);
        var seq = Line(_lineEnds[0] + 1, _lineEnds[1]);
        var plus = Line(_lineEnds[1] + 1, _lineEnds[2]);
        var qual = Line(_lineEnds[2] + 1, _lineEnds[3]);
        if (header.Length == 0 || header[0] != (byte)'@')
        {
            throw Error(record, header.Length == 0 ? "empty line where a record header (@name) was expected" : "record header does not start with '@'");
        }

        if (plus.Length == 0 || plus[0] != (byte)'+')
        {
            throw Error(record, "third line of the record does not start with '+'");
        }

        if (seq.Length == 0)
        {
            throw Error(record, "empty sequence");
        }

        if (qual.Length != seq.Length)
        {
            throw Error(record, $"quality length {qual.Length} differs from sequence length {seq.Length}");
        }

        var name = header[1..];
        var cut = name.IndexOfAny((byte)' ', (byte)'\t');
        if (cut >= 0)
        {
            name = name[..cut];
        }

        batch.Add(name, seq);
        _start = Math.Min(_lineEnds[3] + 1, _end);
        _records++;
        return true;
    }

    /// <summary>Positions of the next four line ends from <see cref="_start"/>, refilling as needed; returns how many were found.</summary>
    private int FindLines()
    {
        while (true)
        {
            var found = 0;
            var pos = _start;
            while (found < 4)
            {
                var nl = _buffer.AsSpan(pos, _end - pos).IndexOf((byte)'\n');
                if (nl < 0)
                {
                    break;
                }

                _lineEnds[found++] = pos + nl;
                pos += nl + 1;
            }

            if (found == 4)
            {
                return 4;
            }

            if (_eof)
            {
                // A last line without a final newline still counts.
                if (pos < _end && found < 4)
                {
                    _lineEnds[found++] = _end;
                }

                return found;
            }

            Refill();
        }
    }

    private ReadOnlySpan<byte> Line(int from, int to)
    {
        var line = _buffer.AsSpan(from, to - from);
        return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
    }

    private void Refill()
    {
        if (_start > 0)
        {
            var pending = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxBuffer)
            {
                throw Error(_records + 1, "record longer than 64 MiB: not FASTQ?");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int n;
        try
        {
            n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (InvalidDataException ex)
        {
            throw InputException.At(_source, null, $"{ex.Message} (while reading record {_records + 1:N0})", ex);
        }

        if (n == 0)
        {
            _eof = true;
        }

        _end += n;
    }

    private InputException Error(long record, string what) =>
        InputException.At(_source, null, $"record {record:N0} (line {((record - 1) * 4) + 1:N0}): {what}");

    public void Dispose() => _stream.Dispose();
}
