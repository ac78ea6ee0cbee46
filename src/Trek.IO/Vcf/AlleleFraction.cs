using System.Globalization;

namespace Trek.IO.Vcf;

/// <summary>
/// The alternate-allele fraction of a record for ALT number <c>altIndex</c> (0-based): the first sample's FORMAT AF,
/// else INFO AF (both Number=A: one value per ALT), else FORMAT AD (Number=R: REF then each ALT; AF = AD[alt] /
/// sum(AD)). Null with the reason when none is present or readable. Values are not range-corrected: a value outside
/// 0-1 is reported as unreadable.
/// </summary>
public static class AlleleFraction
{
    public static (double? Value, string Source) Of(VcfRecord record, int altIndex)
    {
        if (record.Sample.TryGetValue("AF", out var formatAf) && Nth(formatAf, altIndex) is { } f)
        {
            return Checked(f, "FORMAT/AF");
        }

        if (record.InfoValue("AF") is { } infoAf && Nth(infoAf, altIndex) is { } i)
        {
            return Checked(i, "INFO/AF");
        }

        if (record.Sample.TryGetValue("AD", out var ad))
        {
            var depths = ad.Split(',').Select(d => double.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (double?)null).ToList();
            if (depths.Count == record.Alt.Count + 1 && depths.All(d => d is not null))
            {
                var total = depths.Sum(d => d!.Value);
                return total > 0 ? (Math.Round(depths[altIndex + 1]!.Value / total, 4), "FORMAT/AD") : (null, "FORMAT/AD total depth 0");
            }

            return (null, $"FORMAT/AD '{ad}' unreadable");
        }

        return (null, "no AF or AD");
    }

    private static string? Nth(string list, int index)
    {
        var values = list.Split(',');
        return index < values.Length ? values[index] : null;
    }

    private static (double? Value, string Source) Checked(string text, string source) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v) && v >= 0 && v <= 1
            ? (v, source)
            : (null, $"{source} '{text}' unreadable");
}
