using Trek.Core.Numbers;

namespace Trek.IO.Tables;

/// <summary>
/// Table cells as numbers, through Trek's one number format (<see cref="StrictNumber"/> in Trek.Core: plain
/// decimals with '.', no comma, exponent, NaN or padding). This only adds the exact <see cref="decimal"/> reading
/// that clinical thresholds need (3 x 0.7 must equal 2.1); the text is validated by StrictNumber first.
/// </summary>
public static class ExactNumber
{
    public static bool TryParseDecimal(string text, out decimal value, out string problem)
    {
        value = 0;
        if (!StrictNumber.TryParse(text, out _, out problem))
        {
            return false;
        }

        if (decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        problem = $"'{text}' is out of range";
        return false;
    }

    public static bool TryParseDouble(string text, out double value, out string problem) => StrictNumber.TryParse(text, out value, out problem);
}
