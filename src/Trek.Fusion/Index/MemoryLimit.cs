using System.Globalization;

namespace Trek.Fusion.Index;

/// <summary>
/// A memory size as a person types it for `--max-memory`: a number with an optional unit K, M, G or T (powers of
/// 1024, as `sort -S` and samtools read them; upper or lower case, an optional trailing B), a decimal point allowed
/// ("1.5G"), no sign, no decimal comma, no spaces. Anything else is refused, never guessed.
/// </summary>
public static class MemoryLimit
{
    /// <summary>Bytes of <paramref name="text"/>, or a one-line reason it is not a size.</summary>
    public static bool TryParse(string text, out long bytes, out string error)
    {
        bytes = 0;
        error = string.Empty;
        var s = text.EndsWith('B') || text.EndsWith('b') ? text[..^1] : text;
        var unit = s.Length > 0 ? char.ToUpperInvariant(s[^1]) : '\0';
        var power = unit switch { 'K' => 1, 'M' => 2, 'G' => 3, 'T' => 4, _ => 0 };
        var number = power > 0 ? s[..^1] : s;
        if (number.Length == 0 || number.Any(c => c is not (>= '0' and <= '9') and not '.') || number.Count(c => c == '.') > 1 || number[0] == '.' || number[^1] == '.')
        {
            error = $"'{text}' is not a memory size (a number with an optional unit K, M, G or T, e.g. 4G or 800M; a decimal point, not a comma)";
            return false;
        }

        var value = number.Length <= 15 ? decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * (decimal)Math.Pow(1024, power) : decimal.MaxValue;
        if (value < 1024 * 1024 || value > long.MaxValue)
        {
            error = $"'{text}' is out of range (at least 1M, at most 8E bytes)";
            return false;
        }

        bytes = (long)Math.Floor(value);
        return true;
    }
}
