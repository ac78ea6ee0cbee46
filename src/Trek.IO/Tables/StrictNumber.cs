using System.Globalization;

namespace Trek.IO.Tables;

/// <summary>
/// The number format of every table cell: ASCII digits with an optional leading sign, an optional '.'
/// decimal part and an optional exponent (e, E). No decimal comma, no thousands separator, no spaces
/// inside, no "NaN"/"Infinity", no hexadecimal: "1,21" is refused, never read as 121 or 1.21 (issue 10).
/// This is the single parser for table inputs; the strict option parser of Trek.Core (issue 10, clinical
/// part) replaces it behind the same two methods when it lands, so there are never two.
/// </summary>
public static class StrictNumber
{
    /// <summary>A finite double, or false when the text is not a plain number.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        return IsPlain(text)
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>An exact decimal (no binary rounding: 0.7 x 73 = 51.1), or false when not a plain number or out of decimal's range.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        return IsPlain(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?</summary>
    private static bool IsPlain(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            i++;
        }

        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }

            var exponent = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                exponent++;
            }

            if (exponent == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }
}
