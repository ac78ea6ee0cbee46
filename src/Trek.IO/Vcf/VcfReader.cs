using System.Globalization;
using Trek.Core;

namespace Trek.IO.Vcf;

/// <summary>
/// The one VCF reader (VCF 4.x text; gzip is handled by <see cref="InputFile"/> before it). Streams: the header is
/// read first (<see cref="Header"/>), then <see cref="Records"/> yields each data line lazily. A malformed data line
/// is yielded as an error with its line number and the reader continues, so one bad record never costs the others.
/// A file without the #CHROM line is refused.
/// </summary>
public sealed class VcfReader
{
    /// <summary>Longest data line accepted (16 MiB): bounds memory on a corrupt file without a newline.</summary>
    public const int MaxLineLength = 1 << 24;

    private readonly TextReader reader;
    private readonly string source;
    private long line;

    public VcfReader(TextReader reader, string source)
    {
        this.reader = reader;
        this.source = source;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.StartsWith("##", StringComparison.Ordinal))
            {
                Header.Add(line, text);
                continue;
            }

            if (text.StartsWith("#CHROM", StringComparison.Ordinal))
            {
                return;
            }

            if (text.Length == 0)
            {
                continue;
            }

            throw InputException.At(source, line, "a VCF needs a '#CHROM' header line before the records");
        }

        throw InputException.At(source, null, "no '#CHROM' header line: not a VCF");
    }

    public VcfHeader Header { get; } = new();

    public IEnumerable<VcfReadResult> Records()
    {
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            yield return Parse(text, line);
        }
    }

    private VcfReadResult Parse(string text, long at)
    {
        if (text.Length > MaxLineLength)
        {
            return new VcfReadResult(at, null, $"record longer than {MaxLineLength} characters");
        }

        var c = text.Split('\t');
        if (c.Length < 8)
        {
            return new VcfReadResult(at, null, $"a VCF record needs at least 8 tab-separated columns, found {c.Length}");
        }

        if (!long.TryParse(c[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pos) || pos < 1)
        {
            return new VcfReadResult(at, null, $"POS '{c[1]}' is not a position from 1");
        }

        var sample = new Dictionary<string, string>(StringComparer.Ordinal);
        if (c.Length >= 10)
        {
            var keys = c[8].Split(':');
            var values = c[9].Split(':');
            for (var i = 0; i < keys.Length && i < values.Length; i++)
            {
                sample[keys[i]] = values[i];
            }
        }

        return new VcfReadResult(at, new VcfRecord(at, c[0], pos, c[2], c[3], c[4].Split(','), c[5], c[6], c[7], sample), null);
    }

    /// <summary>Where a problem is, for messages: "FILE:LINE".</summary>
    public string At(long recordLine) => $"{source}:{recordLine}";
}
