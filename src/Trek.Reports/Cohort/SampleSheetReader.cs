using Trek.Core;
using Trek.IO;
using Trek.IO.Csv;

namespace Trek.Reports.Cohort;

/// <summary>
/// The workflow's sample sheet (`sample`, `fastq_1`, `fastq_2`, optional `tumour_type`, `batch`; workflow/schemas/
/// samples.schema.yaml): TSV when the name ends in .tsv, CSV otherwise. Columns by name; an unknown column,
/// a duplicate or empty sample name is refused with the line, as Snakemake's validation does.
/// </summary>
public static class SampleSheetReader
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "sample", "fastq_1", "fastq_2", "tumour_type", "batch" };

    public static IReadOnlyList<SheetEntry> Read(string path)
    {
        var delimiter = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
        Dictionary<string, int>? columns = null;
        var entries = new List<SheetEntry>();
        foreach (var (number, raw) in TextLines.Read(path))
        {
            var line = number == 1 ? raw.TrimStart('\uFEFF') : raw;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = CsvLine.Split(line, path, number, delimiter).Select(f => f.Trim()).ToArray();
            if (columns is null)
            {
                columns = Header(path, number, fields);
                continue;
            }

            if (fields.Length != columns.Count)
            {
                throw InputException.At(path, number, $"{fields.Length} fields but the header has {columns.Count}");
            }

            string? Optional(string name) => columns.TryGetValue(name, out var i) && fields[i].Length > 0 ? fields[i] : null;
            var sample = Optional("sample") ?? throw InputException.At(path, number, "column 'sample' is empty");
            if (entries.Any(e => e.Sample == sample))
            {
                throw InputException.At(path, number, $"sample '{sample}' appears twice");
            }

            entries.Add(new SheetEntry(sample, Optional("tumour_type"), Optional("batch")));
        }

        if (columns is null || entries.Count == 0)
        {
            throw InputException.At(path, null, "no samples: expected a header line and one row per sample");
        }

        return entries;
    }

    private static Dictionary<string, int> Header(string path, long number, string[] names)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (!Known.Contains(names[i]))
            {
                throw InputException.At(path, number, $"unknown column '{names[i]}' (columns: sample, fastq_1, fastq_2, tumour_type, batch)");
            }

            if (!columns.TryAdd(names[i], i))
            {
                throw InputException.At(path, number, $"column '{names[i]}' appears twice in the header");
            }
        }

        return columns.ContainsKey("sample") ? columns : throw InputException.At(path, number, "no 'sample' column");
    }
}
