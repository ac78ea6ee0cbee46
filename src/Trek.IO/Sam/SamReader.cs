using System.Globalization;
using Trek.Core;

namespace Trek.IO.Sam;

/// <summary>
/// The one SAM reader (SAM v1.6, samtools/hts-specs SAMv1.pdf): text SAM, plain or gzip, "-" for stdin. Header
/// lines first, then one typed <see cref="SamRecord"/> per line, streamed. Checked, each failure one
/// <see cref="InputException"/> naming the file and line: 11 tab-separated mandatory fields, numbers where the spec
/// has numbers, a CIGAR of MIDNSHP=X ops whose query length equals SEQ's, optional fields as TAG:TYPE:VALUE,
/// RNAME declared by an `@SQ` line, and the alignment inside that reference. BAM/CRAM are not read (samtools view first).
/// </summary>
public static class SamReader
{
    /// <summary>The header (read up to the first alignment line).</summary>
    /// <exception cref="InputException">A malformed header line.</exception>
    public static SamHeader Header(string path) => Header(TextLines.Read(path).TakeWhile(l => l.Text.StartsWith('@')), path);

    /// <summary>Every alignment record, checked against the header's references.</summary>
    /// <exception cref="InputException">A malformed line, naming <paramref name="path"/> and the line.</exception>
    public static IEnumerable<SamRecord> Records(string path) => Records(TextLines.Read(path), path);

    public static IEnumerable<SamRecord> Records(IEnumerable<(long Number, string Text)> lines, string source)
    {
        var headerLines = new List<(long, string)>();
        SamHeader? header = null;
        foreach (var (number, text) in lines)
        {
            if (text.StartsWith('@'))
            {
                if (header is not null)
                {
                    throw InputException.At(source, number, "header line after the first alignment");
                }

                headerLines.Add((number, text));
                continue;
            }

            header ??= Header(headerLines, source);
            if (text.Length > 0)
            {
                yield return Parse(text, number, source, header);
            }
        }
    }

    private static SamHeader Header(IEnumerable<(long Number, string Text)> lines, string source)
    {
        var all = new List<string>();
        var references = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (number, text) in lines)
        {
            all.Add(text);
            if (!text.StartsWith("@SQ\t", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = text.Split('\t').Skip(1).Where(f => f.Length > 3 && f[2] == ':').ToDictionary(f => f[..2], f => f[3..], StringComparer.Ordinal);
            if (!fields.TryGetValue("SN", out var name) || !fields.TryGetValue("LN", out var ln)
                || !long.TryParse(ln, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 1)
            {
                throw InputException.At(source, number, "@SQ line needs SN:name and LN:length >= 1");
            }

            if (!references.TryAdd(name, length))
            {
                throw InputException.At(source, number, $"@SQ SN:{name} declared twice");
            }
        }

        return new SamHeader(all, references);
    }

    private static SamRecord Parse(string text, long line, string source, SamHeader header)
    {
        var f = text.Split('\t');
        if (f.Length < 11)
        {
            throw InputException.At(source, line, $"{f.Length} tab-separated fields; a SAM alignment line has 11 mandatory fields");
        }

        InputException Bad(string what) => InputException.At(source, line, what);
        long Number(int i, string name, long min, long max) =>
            long.TryParse(f[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : throw Bad($"{name} '{f[i]}' is not a whole number in [{min}, {max}]");
        var flag = (int)Number(1, "FLAG", 0, 65535);
        var pos = Number(3, "POS", 0, int.MaxValue);
        var mapq = (int)Number(4, "MAPQ", 0, 255);
        var pnext = Number(7, "PNEXT", 0, int.MaxValue);
        var tlen = Number(8, "TLEN", -int.MaxValue, int.MaxValue);
        var cigar = Cigar(f[5], Bad);
        var seq = f[9];
        if (seq != "*" && cigar.Count > 0 && cigar.Where(c => c.ConsumesQuery).Sum(c => c.Length) != seq.Length)
        {
            throw Bad($"CIGAR {f[5]} covers {cigar.Where(c => c.ConsumesQuery).Sum(c => c.Length)} read bases, SEQ has {seq.Length}");
        }

        if (f[10] != "*" && seq != "*" && f[10].Length != seq.Length)
        {
            throw Bad($"QUAL has {f[10].Length} characters, SEQ {seq.Length}");
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in f.Skip(11))
        {
            if (t.Length < 5 || t[2] != ':' || t[4] != ':' || !tags.TryAdd(t[..2], t[5..]))
            {
                throw Bad($"optional field '{t}' is not TAG:TYPE:VALUE (or repeats a tag)");
            }
        }

        var record = new SamRecord(f[0], flag, f[2], pos, mapq, cigar, f[6], pnext, tlen, seq, f[10], tags, line);
        if (f[2] != "*")
        {
            if (!header.References.TryGetValue(f[2], out var length))
            {
                throw Bad($"RNAME {f[2]} has no @SQ header line");
            }

            if (!record.Unmapped && (pos < 1 || pos - 1 + record.ReferenceLength > length))
            {
                throw Bad($"alignment {f[2]}:{pos} ({f[5]}) runs outside the reference (LN:{length})");
            }
        }

        return record;
    }

    private static List<CigarOp> Cigar(string text, Func<string, InputException> bad)
    {
        var ops = new List<CigarOp>();
        if (text == "*")
        {
            return ops;
        }

        var n = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (digits == 9)
                {
                    throw bad($"CIGAR '{text}' has an operation longer than 999,999,999");
                }

                n = (n * 10) + (c - '0');
                digits++;
            }
            else if ("MIDNSHP=X".Contains(c) && digits > 0 && n > 0)
            {
                ops.Add(new CigarOp(n, c));
                n = 0;
                digits = 0;
            }
            else
            {
                throw bad($"CIGAR '{text}' is not a list of <length><op> with op in MIDNSHP=X");
            }
        }

        return digits > 0 ? throw bad($"CIGAR '{text}' ends with a number and no op") : ops;
    }
}
