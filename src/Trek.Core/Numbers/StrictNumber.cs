using System.Globalization;
using System.Numerics;

namespace Trek.Core.Numbers;

/// <summary>
/// The one number format Trek accepts from a person, on the command line and in every YAML/JSON/CSV value it
/// reads: an optional ASCII '-' or '+', ASCII digits, and optionally a '.' followed by at least one digit
/// ("6.2", "-0.5", "100"). Everything else is refused with a reason, because each has been read wrongly by a
/// lenient parser somewhere: "6,2" (decimal comma; invariant parsing reads 62, a tenfold dose), "1,000"
/// (thousands separator, same ambiguity), "1e2" (exponent: never how a clinician writes a weight), " 6.2" and
/// "6.2kg" (padding and units: the unit is fixed by the field), ".5" and "5." (half-written), "−1" (U+2212 minus,
/// pasted from documents), non-ASCII digits, "NaN", "Infinity", and the empty string. Length is bounded.
/// </summary>
public static class StrictNumber
{
    /// <summary>Longer text is refused before any parsing (a 40-digit measurement is never real).</summary>
    public const int MaxLength = 32;

    /// <summary>What is accepted, for help texts and error messages.</summary>
    public const string Format = "a plain decimal number with a '.' decimal point, e.g. 6.2";

    /// <summary>Parses <paramref name="text"/>, or returns false with <paramref name="problem"/> saying why it is refused.</summary>
    public static bool TryParse(string? text, out double value, out string problem)
    {
        value = double.NaN;
        problem = Problem(text) ?? "";
        if (problem.Length > 0)
        {
            return false;
        }

        value = double.Parse(text!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// The same format over UTF-8 bytes, for table readers that keep cells as bytes (issue 10: a 1,000,000-row
    /// `trek km` table). No reason is given: on false, read the cell as text through <see cref="TryParse(string?, out double, out string)"/>
    /// for the one-line refusal (it refuses exactly what this refuses).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out double value)
    {
        value = double.NaN;
        if (utf8.Length == 0 || utf8.Length > MaxLength || !IsPlain(utf8))
        {
            return false;
        }

        value = double.Parse(utf8, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Parses <paramref name="text"/> or throws an <see cref="InputException"/> naming <paramref name="what"/> (an option or key path).</summary>
    public static double Parse(string? text, string what) =>
        TryParse(text, out var value, out var problem) ? value : throw new InputException($"{what}: {problem}");

    /// <summary>A whole number in the same format (no decimal point); a value beyond Int32 is refused.</summary>
    public static bool TryParseInteger(string? text, out int value, out string problem)
    {
        value = 0;
        if (!TryParse(text, out var d, out problem))
        {
            return false;
        }

        if (text!.Contains('.') || d < int.MinValue || d > int.MaxValue)
        {
            problem = $"'{text}' is not a whole number";
            return false;
        }

        value = (int)d;
        return true;
    }

    private static string? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "a number is required, got nothing";
        }

        var shown = text.Length > MaxLength ? text[..MaxLength] + "..." : text;
        if (text.Length > MaxLength)
        {
            return $"'{shown}' is longer than {MaxLength} characters";
        }

        if (text.Trim().Length != text.Length)
        {
            return $"'{text}' has spaces around it; give the number alone";
        }

        if (IsPlain(text.AsSpan()))
        {
            return null;
        }

        return $"'{text}' is not {Format}{Hint(text)}";
    }

    /// <summary>The grammar, once for text and bytes: [+-]? digits ('.' digits)?, ASCII only.</summary>
    private static bool IsPlain<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        var zero = T.CreateTruncating('0');
        var nine = T.CreateTruncating('9');
        var at = text.Length > 0 && (text[0] == T.CreateTruncating('-') || text[0] == T.CreateTruncating('+')) ? 1 : 0;
        var digitsBefore = 0;
        while (at < text.Length && text[at] >= zero && text[at] <= nine)
        {
            at++;
            digitsBefore++;
        }

        var digitsAfter = -1;
        if (at < text.Length && text[at] == T.CreateTruncating('.'))
        {
            at++;
            digitsAfter = 0;
            while (at < text.Length && text[at] >= zero && text[at] <= nine)
            {
                at++;
                digitsAfter++;
            }
        }

        return at == text.Length && digitsBefore > 0 && digitsAfter != 0;
    }

    /// <summary>The likeliest mistake, so the one-line refusal says how to fix it.</summary>
    private static string Hint(string text)
    {
        if (text.Contains(','))
        {
            return " (a comma is neither a decimal point nor a thousands separator here: write 6.2, not 6,2, and 1000, not 1,000)";
        }

        if (text.Contains('\u2212') || text.Contains('\u2013') || text.Contains('\u2012') || text.Contains('\u2010'))
        {
            return " (that minus sign is a typographic dash; type the ASCII '-')";
        }

        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase) || text.Contains("inf", StringComparison.OrdinalIgnoreCase) || text.Contains('∞'))
        {
            return " (not-a-number and infinity are not measurements)";
        }

        if (text.Any(char.IsDigit) && text.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
        {
            return " (use the digits 0-9)";
        }

        var letters = text.TrimStart('-', '+').SkipWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray();
        if (letters.Length > 0 && (letters[0] is 'e' or 'E') && letters.Skip(1).SkipWhile(c => c is '-' or '+').All(char.IsAsciiDigit) && letters.Length > 1)
        {
            return " (exponent notation such as 1e2 is not accepted: write 100)";
        }

        if (letters.Length > 0 && letters.All(c => char.IsLetter(c) || c is '/' or ' ' or '%' or '²'))
        {
            return $" (leave out the unit '{new string(letters).Trim()}': the unit is fixed by the option or key)";
        }

        if (text.StartsWith('.') || text.StartsWith("-.", StringComparison.Ordinal) || text.EndsWith('.'))
        {
            return " (write a digit on both sides of the decimal point, e.g. 0.5)";
        }

        return "";
    }
}
