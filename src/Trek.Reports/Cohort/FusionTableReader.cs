using System.Globalization;
using Trek.Core;
using Trek.IO;
using Trek.IO.Csv;

namespace Trek.Reports.Cohort;

/// <summary>
/// Reads a fusions.tsv written by `trek fusions` (FusionTsvWriter): `##key=value` provenance, a `#` header,
/// tab-separated rows addressed by column name, "." for missing. Columns are found by name, so added
/// columns (e.g. `sample`) do not shift anything; a missing column, a non-number or an unknown confidence
/// is refused with the file, line and column.
/// </summary>
public static class FusionTableReader
{
    private static readonly string[] Required =
    [
        "gene1", "gene2", "fusion", "breakpoint1", "breakpoint2", "exon1", "exon2", "split_reads", "spanning_pairs", "ffpm",
        "reading_frame", "kinase_domain_retained", "confidence",
    ];

    public static SampleFusions Read(string path)
    {
        var provenance = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, int>? columns = null;
        var calls = new List<CohortCall>();
        foreach (var (number, line) in TextLines.Read(path))
        {
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                var eq = line.IndexOf('=');
                if (eq > 2)
                {
                    provenance[line[2..eq]] = line[(eq + 1)..];
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (columns is null)
            {
                columns = Header(path, number, line);
                continue;
            }

            calls.Add(Row(path, number, columns, provenance, CsvLine.Split(line, path, number, '\t')));
        }

        if (columns is null)
        {
            throw InputException.At(path, null, "no `#` header line: not a fusions.tsv written by `trek fusions`");
        }

        var sample = provenance.GetValueOrDefault("sample") ?? throw InputException.At(path, null, "no ##sample= line: not a fusions.tsv written by `trek fusions`");
        var fragmentsText = provenance.GetValueOrDefault("fragments");
        if (!long.TryParse(fragmentsText, NumberStyles.None, CultureInfo.InvariantCulture, out var fragments))
        {
            throw InputException.At(path, null, $"##fragments= is '{fragmentsText ?? "missing"}', not a whole number of read pairs");
        }

        return new SampleFusions(path, sample, fragments, calls);
    }

    private static Dictionary<string, int> Header(string path, long number, string line)
    {
        if (!line.StartsWith('#'))
        {
            throw InputException.At(path, number, "expected the `#` header line of a fusions.tsv");
        }

        var names = line[1..].Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (!columns.TryAdd(names[i], i))
            {
                throw InputException.At(path, number, $"column '{names[i]}' appears twice in the header");
            }
        }

        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw InputException.At(path, number, $"missing column(s): {string.Join(", ", missing)}");
        }

        return columns;
    }

    private static CohortCall Row(string path, long number, Dictionary<string, int> columns, Dictionary<string, string> provenance, string[] fields)
    {
        if (fields.Length != columns.Count)
        {
            throw InputException.At(path, number, $"{fields.Length} fields but the header has {columns.Count}");
        }

        string? Optional(string name) => fields[columns[name]] is "." or "" ? null : fields[columns[name]];
        int Count(string name) => int.TryParse(fields[columns[name]], NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw InputException.At(path, number, $"column '{name}': '{fields[columns[name]]}' is not a whole number");

        if (columns.TryGetValue("sample", out var sampleColumn) && provenance.TryGetValue("sample", out var sample) && fields[sampleColumn] != sample)
        {
            throw InputException.At(path, number, $"column 'sample' is '{fields[sampleColumn]}' but ##sample= says '{sample}'");
        }

        var ffpmText = fields[columns["ffpm"]];
        if (!decimal.TryParse(ffpmText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ffpm))
        {
            throw InputException.At(path, number, $"column 'ffpm': '{ffpmText}' is not a number");
        }

        var confidence = fields[columns["confidence"]] switch
        {
            "high" => CallConfidence.High,
            "medium" => CallConfidence.Medium,
            "low" => CallConfidence.Low,
            var other => throw InputException.At(path, number, $"column 'confidence': '{other}' is not high, medium or low"),
        };
        var gene1 = Optional("gene1");
        var gene2 = Optional("gene2");
        if (gene1 is null && gene2 is null)
        {
            throw InputException.At(path, number, "both gene1 and gene2 are '.'");
        }

        // VICC gene fusion specification: `v` stands for an unknown partner.
        var key = Optional("fusion") ?? $"{gene1 ?? "v"}::{gene2 ?? "v"}";
        return new CohortCall(
            key, gene1, gene2, Optional("breakpoint1"), Optional("breakpoint2"), Optional("exon1"), Optional("exon2"),
            Count("split_reads"), Count("spanning_pairs"), ffpm, Optional("reading_frame"), Optional("kinase_domain_retained"), confidence);
    }
}
