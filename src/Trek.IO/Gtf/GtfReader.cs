using Trek.Core;

namespace Trek.IO.Gtf;

/// <summary>Streams GTF records (GENCODE/Ensembl style `key "value";` attributes; repeated `tag` keys are collected).</summary>
public static class GtfReader
{
    /// <summary>
    /// The header: the comment lines before the first record, as key/value pairs. Ensembl writes `#!genome-build GRCh38.p14`
    /// (key and value split at the first space), GENCODE `##description: ...` (split at the first ": ").
    /// Comment lines of another shape are kept with an empty key rather than dropped.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Header(string path)
    {
        var header = new List<KeyValuePair<string, string>>();
        foreach (var (_, line) in TextLines.Read(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] != '#')
            {
                break;
            }

            var text = line.TrimStart('#', '!').Trim();
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            var space = text.IndexOf(' ');
            var cut = line.StartsWith("#!", StringComparison.Ordinal) ? space : colon;
            header.Add(cut > 0 ? new(text[..cut], text[(cut + 1)..].TrimStart(':', ' ')) : new(string.Empty, text));
        }

        return header;
    }

    /// <param name="features">Only these feature types are parsed (others skipped cheaply); null for all.</param>
    /// <exception cref="InputException">Wrong column count, non-numeric or inverted coordinates, bad strand.</exception>
    public static IEnumerable<GtfRecord> Read(string path, IReadOnlySet<string>? features = null)
    {
        var any = false;
        foreach (var (lineNumber, line) in TextLines.Read(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 9)
            {
                throw InputException.At(path, lineNumber, $"GTF line has {cols.Length} tab-separated columns, 9 expected");
            }

            any = true;
            if (features is not null && !features.Contains(cols[2]))
            {
                continue;
            }

            if (!long.TryParse(cols[3], out var start) || !long.TryParse(cols[4], out var end) || end < start)
            {
                throw InputException.At(path, lineNumber, $"bad coordinates '{cols[3]}'..'{cols[4]}'");
            }

            var strand = cols[6].Length == 1 ? cols[6][0] : '?';
            if (strand is not ('+' or '-' or '.'))
            {
                throw InputException.At(path, lineNumber, $"bad strand '{cols[6]}'");
            }

            var (attributes, tags) = ParseAttributes(cols[8]);
            yield return new GtfRecord(cols[0], cols[2], start, end, strand, attributes, tags);
        }

        if (!any)
        {
            throw InputException.At(path, null, "no GTF records found (empty file?)");
        }
    }

    private static (Dictionary<string, string>, List<string>) ParseAttributes(string text)
    {
        var dict = new Dictionary<string, string>(StringComparer.Ordinal);
        var tags = new List<string>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = part.IndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var key = part[..space];
            var value = part[(space + 1)..].Trim().Trim('"');
            if (key == "tag")
            {
                tags.Add(value);
            }
            else
            {
                dict.TryAdd(key, value);
            }
        }

        return (dict, tags);
    }
}
