using Trek.IO.Tables;

namespace Trek.Reports.Cohort;

/// <summary>
/// The workflow's sample sheet (`sample`, `fastq_1`, `fastq_2`, optional `tumour_type`, `batch`; workflow/schemas/
/// samples.schema.yaml), TSV or CSV by its name, through the project's one table reader: a misspelt column, a short
/// row or a repeated sample is refused with its line.
/// </summary>
public static class SampleSheetReader
{
    private static readonly TableSchema Schema = new(["sample"], ["fastq_1", "fastq_2", "tumour_type", "batch"]);

    public static IReadOnlyList<SheetEntry> Read(string path, Action<string> warn)
    {
        var source = TableInput.SourceName(path);
        var entries = new List<SheetEntry>();
        using var reader = TableInput.Open(path);
        foreach (var row in TableReader.Read(reader, source, Schema, TableReader.DelimiterFor(path), warn))
        {
            var sample = row.Required("sample");
            if (entries.Any(e => e.Sample == sample))
            {
                throw row.Error($"sample '{sample}' appears twice");
            }

            entries.Add(new SheetEntry(sample, row.Optional("tumour_type"), row.Optional("batch")));
        }

        return entries.Count > 0 ? entries : throw new Trek.Core.InputException($"{source}: no samples under the header");
    }
}
