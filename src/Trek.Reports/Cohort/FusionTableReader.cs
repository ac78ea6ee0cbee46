using System.Globalization;
using Trek.Core;
using Trek.Fusion.Output;
using Trek.IO;
using Trek.IO.Tables;

namespace Trek.Reports.Cohort;

/// <summary>
/// Reads a fusions.tsv written by `trek fusions` (<see cref="FusionTsvWriter"/>): the `##sample=` and `##fragments=`
/// provenance lines, then the rows through the project's one table reader (<see cref="TableReader"/>), by column
/// name, so added columns (e.g. `sample`) shift nothing. A missing column, a non-number or an unknown confidence
/// is refused with the file, line and column.
/// </summary>
public static class FusionTableReader
{
    private static readonly TableSchema Schema = new(
        ["gene1", "gene2", "fusion", "breakpoint1", "breakpoint2", "exon1", "exon2", "split_reads", "spanning_pairs", "ffpm", "reading_frame", "kinase_domain_retained", "confidence"],
        [.. FusionTsvWriter.Columns, "sample"]);

    public static SampleFusions Read(string path, Action<string> warn)
    {
        var source = TableInput.SourceName(path);
        var provenance = Provenance(path);
        var sample = provenance.GetValueOrDefault("sample") ?? throw InputException.At(source, null, "no ##sample= line: not a fusions.tsv written by `trek fusions`");
        var fragmentsText = provenance.GetValueOrDefault("fragments");
        if (!long.TryParse(fragmentsText, NumberStyles.None, CultureInfo.InvariantCulture, out var fragments))
        {
            throw InputException.At(source, null, $"##fragments= is '{fragmentsText ?? "missing"}', not a whole number of read pairs");
        }

        using var reader = TableInput.Open(path);
        var calls = TableReader.Read(reader, source, Schema, '\t', warn).Select(row => Row(row, sample)).ToList();
        return new SampleFusions(source, sample, fragments, calls);
    }

    /// <summary>The `##key=value` lines at the top of the file (the table reader skips them).</summary>
    private static Dictionary<string, string> Provenance(string path)
    {
        var provenance = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, line) in TextLines.Read(path))
        {
            if (!line.StartsWith("##", StringComparison.Ordinal))
            {
                break;
            }

            var eq = line.IndexOf('=');
            if (eq > 2)
            {
                provenance[line[2..eq]] = line[(eq + 1)..];
            }
        }

        return provenance;
    }

    private static CohortCall Row(TableRow row, string sample)
    {
        int Count(string name) => int.TryParse(row.Required(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw row.Error($"column '{name}': '{row.Required(name)}' is not a whole number");

        if (row.Optional("sample") is { } named && named != sample)
        {
            throw row.Error($"column 'sample' is '{named}' but ##sample= says '{sample}'");
        }

        var confidence = row.Required("confidence") switch
        {
            "high" => CallConfidence.High,
            "medium" => CallConfidence.Medium,
            "low" => CallConfidence.Low,
            var other => throw row.Error($"column 'confidence': '{other}' is not high, medium or low"),
        };
        var gene1 = row.Optional("gene1");
        var gene2 = row.Optional("gene2");
        if (gene1 is null && gene2 is null)
        {
            throw row.Error("both gene1 and gene2 are missing");
        }

        // VICC gene fusion specification: `v` stands for an unknown partner.
        var key = row.Optional("fusion") ?? $"{gene1 ?? "v"}::{gene2 ?? "v"}";
        return new CohortCall(
            key, gene1, gene2, row.Optional("breakpoint1"), row.Optional("breakpoint2"), row.Optional("exon1"), row.Optional("exon2"),
            Count("split_reads"), Count("spanning_pairs"), row.RequiredDecimal("ffpm"), row.Optional("reading_frame"), row.Optional("kinase_domain_retained"), confidence);
    }
}
