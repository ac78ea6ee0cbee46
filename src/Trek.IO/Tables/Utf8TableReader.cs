using System.Text;
using Trek.Core;
using Trek.Core.Numbers;

namespace Trek.IO.Tables;

/// <summary>
/// The one table reader, over the raw UTF-8 bytes of a stream: forward-only, one row at a time, cells as byte
/// spans into a reused buffer (no string per line or per cell), in the manner of <c>Utf8JsonReader</c>. The rules
/// are those <see cref="TableReader"/> states (byte-order mark, "##" and '#' lines, blank lines, RFC 4180 quoting,
/// exact field counts, the header checked against a <see cref="TableSchema"/>); lines end at "\n", "\r\n" or a
/// lone "\r", as <see cref="TextReader.ReadLine"/> ends them. Hot paths (`trek km` on a registry cohort, issue
/// 10) read numbers and codes straight from the bytes; everything else, and every refusal, goes through the
/// row's text (<see cref="Row"/>), so messages are the same whichever way a cell is read.
/// </summary>
public sealed class Utf8TableReader
{
    /// <summary>A longer line is refused (bounded memory on a file without line breaks).</summary>
    public const int MaxLineBytes = 16 << 20;

    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Stream _stream;
    private readonly TableSchema _schema;
    private readonly byte _delimiter;
    private readonly Action<string> _warn;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private TableHeader? _header;
    private byte[] _cells = [];
    private byte[] _unquoted = [];
    private int[] _cellStart = new int[16];
    private int[] _cellLength = new int[16];
    private int _cellCount;

    /// <param name="delimiter">',' for CSV, '\t' for TSV.</param>
    /// <param name="warn">Receives one line per warning (an unused column).</param>
    public Utf8TableReader(Stream stream, string source, TableSchema schema, char delimiter, Action<string> warn)
    {
        _stream = stream;
        Source = source;
        _schema = schema;
        _delimiter = (byte)delimiter;
        _warn = warn;
    }

    public string Source { get; }

    /// <summary>The 1-based line number of the current row.</summary>
    public long Line { get; private set; }

    /// <summary>Moves to the next data row, reading the header first.</summary>
    /// <returns>False at the end of the table.</returns>
    /// <exception cref="InputException">A bad header, an unterminated quote, a row of the wrong length, an empty file or an over-long line, naming the line.</exception>
    public bool Read()
    {
        while (NextLine(out var lineStart, out var lineLength))
        {
            Line++;
            var line = _buffer.AsSpan(lineStart, lineLength);
            if (Line == 1 && line.StartsWith("\uFEFF"u8))
            {
                (lineStart, lineLength) = (lineStart + 3, lineLength - 3);
                line = line[3..];
            }

            if (line.StartsWith("##"u8) || IsBlank(line))
            {
                continue;
            }

            if (line[0] == (byte)'#')
            {
                if (_header is not null || _delimiter != (byte)'\t')
                {
                    continue;
                }

                (lineStart, lineLength) = (lineStart + 1, lineLength - 1);
            }

            Split(lineStart, lineLength);
            if (_header is null)
            {
                _header = TableHeader.Parse(Texts(), Source, Line, _schema, _warn);
                continue;
            }

            if (_cellCount != _header.Count)
            {
                throw InputException.At(Source, Line, $"{_cellCount} fields but the header has {_header.Count}{(_cellCount < _header.Count ? " (short row)" : "")}");
            }

            return true;
        }

        if (_header is null)
        {
            throw InputException.At(Source, null, "empty file: no header line");
        }

        return false;
    }

    /// <summary>The position of a (lower-case) column, null when the header lacks it; valid once <see cref="Read"/> has returned a row or the header.</summary>
    public int? Column(string name) => _header?.Index(name);

    /// <summary>The current row's cell at <paramref name="column"/>, unquoted and untrimmed.</summary>
    public ReadOnlySpan<byte> Cell(int column) => _cells.AsSpan(_cellStart[column], _cellLength[column]);

    /// <summary>The cell without surrounding ASCII white space (what <see cref="string.Trim()"/> removes, within ASCII).</summary>
    public ReadOnlySpan<byte> TrimmedCell(int column)
    {
        var cell = Cell(column);
        var (from, to) = (0, cell.Length);
        while (from < to && IsAsciiSpace(cell[from]))
        {
            from++;
        }

        while (to > from && IsAsciiSpace(cell[to - 1]))
        {
            to--;
        }

        return cell[from..to];
    }

    /// <summary>
    /// The cell at <paramref name="column"/> (named <paramref name="name"/>) as a number in Trek's one format,
    /// read from the bytes; a missing or malformed cell is refused exactly as <see cref="TableRow.RequiredDouble"/> refuses it.
    /// </summary>
    public double RequiredDouble(int column, string name) =>
        StrictNumber.TryParse(TrimmedCell(column), out var value) ? value : Row().RequiredDouble(name);

    /// <summary>The current row as text, for cells read by name and for refusals.</summary>
    public TableRow Row() => new(_header!, Line, Texts());

    private string[] Texts()
    {
        var texts = new string[_cellCount];
        for (var i = 0; i < _cellCount; i++)
        {
            texts[i] = Utf8.GetString(Cell(i));
        }

        return texts;
    }

    /// <summary>char.IsWhiteSpace over ASCII (tab, line feed, vertical tab, form feed, carriage return, space and 0x1C-0x1F).</summary>
    private static bool IsAsciiSpace(byte b) => b < 0x80 && char.IsWhiteSpace((char)b);

    /// <summary>string.IsNullOrWhiteSpace of the decoded line: bytes beyond ASCII are decoded to decide (a no-break space is blank).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        var ascii = true;
        foreach (var b in line)
        {
            if (b >= 0x80)
            {
                ascii = false;
            }
            else if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return ascii || string.IsNullOrWhiteSpace(Utf8.GetString(line));
    }

    /// <summary>RFC 4180 fields: a line without quotes is cut at each delimiter in place; a quoted one is unquoted into a second buffer.</summary>
    private void Split(int lineStart, int lineLength)
    {
        var line = _buffer.AsSpan(lineStart, lineLength);
        _cellCount = 0;
        if (line.IndexOf((byte)'"') < 0)
        {
            _cells = _buffer;
            var at = lineStart;
            while (true)
            {
                var next = _buffer.AsSpan(at, lineStart + lineLength - at).IndexOf(_delimiter);
                AddCell(at, next < 0 ? lineStart + lineLength - at : next);
                if (next < 0)
                {
                    return;
                }

                at += next + 1;
            }
        }

        if (_unquoted.Length < lineLength)
        {
            _unquoted = new byte[Math.Max(lineLength, 256)];
        }

        var unquoted = _unquoted;
        var (length, cellStart, quoted) = (0, 0, false);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == (byte)'"' && i + 1 < line.Length && line[i + 1] == (byte)'"')
                {
                    unquoted[length++] = c;
                    i++;
                }
                else if (c == (byte)'"')
                {
                    quoted = false;
                }
                else
                {
                    unquoted[length++] = c;
                }
            }
            else if (c == (byte)'"')
            {
                quoted = true;
            }
            else if (c == _delimiter)
            {
                AddCell(cellStart, length - cellStart);
                cellStart = length;
            }
            else
            {
                unquoted[length++] = c;
            }
        }

        if (quoted)
        {
            throw InputException.At(Source, Line, "unterminated quoted field");
        }

        AddCell(cellStart, length - cellStart);
        _cells = unquoted;
    }

    private void AddCell(int start, int length)
    {
        if (_cellCount == _cellStart.Length)
        {
            Array.Resize(ref _cellStart, _cellCount * 2);
            Array.Resize(ref _cellLength, _cellCount * 2);
        }

        _cellStart[_cellCount] = start;
        _cellLength[_cellCount] = length;
        _cellCount++;
    }

    /// <summary>The next line in the buffer (without its terminator), reading more of the stream as needed.</summary>
    private bool NextLine(out int start, out int length)
    {
        var searched = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start + searched, _end - _start - searched);
            var at = pending.IndexOfAny((byte)'\n', (byte)'\r');
            if (at >= 0)
            {
                at += searched;
                var terminator = 1;
                if (_buffer[_start + at] == (byte)'\r')
                {
                    if (_start + at + 1 == _end && !_endOfStream)
                    {
                        // A "\r" at the end of the buffer: its "\n" may be in the next block.
                        searched = at;
                        Fill();
                        continue;
                    }

                    terminator = _start + at + 1 < _end && _buffer[_start + at + 1] == (byte)'\n' ? 2 : 1;
                }

                (start, length) = (_start, at);
                _start += at + terminator;
                return true;
            }

            searched = _end - _start;
            if (_endOfStream)
            {
                (start, length) = (_start, _end - _start);
                _start = _end;
                return length > 0;
            }

            Fill();
        }
    }

    /// <summary>Moves the unread bytes to the front (growing the buffer for a long line) and reads more.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            if (_buffer.Length >= MaxLineBytes)
            {
                throw InputException.At(Source, Line + 1, $"line longer than {MaxLineBytes / (1 << 20)} MiB");
            }

            var grown = new byte[_buffer.Length * 2];
            _buffer.AsSpan(_start, pending).CopyTo(grown);
            _buffer = grown;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }

        (_start, _end) = (0, pending);
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
    }
}
