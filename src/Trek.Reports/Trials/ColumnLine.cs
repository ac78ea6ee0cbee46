using System.Globalization;

namespace Trek.Reports.Trials;

/// <summary>
/// One line of a right-aligned text table, built in a reused character buffer and written as one span: the
/// Kaplan-Meier table of a registry cohort has ~500,000 rows, and an interpolated string per row (six formatted
/// numbers each) was a third of `trek km`'s time (issue 10). Cells format exactly as <c>$"{x,width}"</c> would
/// (numbers "0.####", invariant culture; NA for a missing value), so the text is byte-identical.
/// </summary>
public sealed class ColumnLine
{
    private const string Decimals = "0.####";
    private char[] _buffer = new char[256];
    private int _length;

    /// <summary>A number to at most 4 decimals, or NA, right-aligned in <paramref name="width"/> columns, after a space unless first.</summary>
    public ColumnLine Number(double? value, int width)
    {
        Span<char> text = stackalloc char[64];
        int written;
        if (value is not { } v)
        {
            "NA".CopyTo(text);
            written = 2;
        }
        else if (!TryFourDecimals(v, text, out written) && !v.TryFormat(text, out written, Decimals, CultureInfo.InvariantCulture))
        {
            return Cell(v.ToString(Decimals, CultureInfo.InvariantCulture), width);
        }

        return Cell(text[..written], width);
    }

    /// <summary>
    /// v.ToString("0.####") without the custom-format machinery, for the values a table holds (0 ≤ v &lt; 1,000,000, not
    /// near a rounding midpoint); false otherwise, and the caller formats as .NET does. .NET rounds to 15 significant
    /// digits, then half up at the 4th decimal; below 10^6 the first moves v by at most 5e-10, so away from a midpoint
    /// (1e-4 of the last place, i.e. 1e-8 in v) both give the nearest 4-decimal value, computed here from v * 10^4
    /// (its error, under 2e-6 below 10^10, is far inside that margin). Tested against the .NET formatter (ColumnLineTests).
    /// </summary>
    internal static bool TryFourDecimals(double v, Span<char> text, out int written)
    {
        written = 0;
        if (!(v >= 0 && v < 1e6) || double.IsNegative(v))
        {
            return false;
        }

        var scaled = v * 1e4;
        var whole = Math.Floor(scaled);
        var fraction = scaled - whole;
        if (Math.Abs(fraction - 0.5) < 1e-4)
        {
            return false;
        }

        var units = (long)whole + (fraction > 0.5 ? 1 : 0);
        var (integer, decimals) = (units / 10000, (int)(units % 10000));
        integer.TryFormat(text, out written, default, CultureInfo.InvariantCulture);
        if (decimals == 0)
        {
            return true;
        }

        var digits = 4;
        while (decimals % 10 == 0)
        {
            decimals /= 10;
            digits--;
        }

        text[written++] = '.';
        for (var d = digits - 1; d >= 0; d--)
        {
            text[written + d] = (char)('0' + decimals % 10);
            decimals /= 10;
        }

        written += digits;
        return true;
    }

    public ColumnLine Integer(int value, int width)
    {
        Span<char> text = stackalloc char[16];
        value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        return Cell(text[..written], width);
    }

    /// <summary>Writes the line with a line break and starts the next one.</summary>
    public void WriteLine(TextWriter writer)
    {
        writer.WriteLine(_buffer.AsSpan(0, _length));
        _length = 0;
    }

    private ColumnLine Cell(ReadOnlySpan<char> text, int width)
    {
        if (_length + 1 + Math.Max(width, text.Length) > _buffer.Length)
        {
            Array.Resize(ref _buffer, 2 * (_length + 1 + Math.Max(width, text.Length)));
        }

        if (_length > 0)
        {
            _buffer[_length++] = ' ';
        }

        for (var pad = width - text.Length; pad > 0; pad--)
        {
            _buffer[_length++] = ' ';
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
        return this;
    }
}
