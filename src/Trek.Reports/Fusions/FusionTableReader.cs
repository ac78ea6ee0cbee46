using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using System.Globalization;
using Trek.Core;
using Trek.Fusion.Output;
using Trek.IO;

namespace Trek.Reports.Fusions;

/// <summary>
/// The one reader of fusions.tsv (written by <see cref="FusionTsvWriter"/>): columns are found by name in the
/// `#` header, so their order may change; a missing required column, an unknown column or a value that does not
/// parse is refused with one line naming the file, line and column. Every later stage gets typed records.
/// </summary>
public static class FusionTableReader
{
    /// <summary>Columns this reader needs; `sample` and the writer's other columns are optional.</summary>
    public static readonly string[] Required =
    [
        "gene1", "gene2", "breakpoint1", "breakpoint2", "site1", "site2", "transcript1", "transcript2", "exon1", "exon2",
        "split_reads", "spanning_pairs", "ffpm", "reading_frame", "kinase_domain_retained", "confidence", "large_anchor_support",
        "homology", "fusion_transcript", "filters",
    ];

    private static readonly HashSet<string> Known = [.. FusionTsvWriter.Columns, "sample", .. Required];

    /// <param name="path">The file to read.</param>
    /// <param name="source">The name errors and <see cref="FusionTable.Source"/> give the file (default: <paramref name="path"/>);
    /// e.g. the uploaded file's name when the registry reads its temporary copy.</param>
    /// <param name="maxCalls">More data rows than this are refused (default: no bound); the registry's uploads are one sample's calls.</param>
    /// <exception cref="InputException">Not a fusions.tsv, a malformed row, or more than <paramref name="maxCalls"/> rows.</exception>
    public static FusionTable Read(string path, string? source = null, int maxCalls = int.MaxValue)
    {
        using var stream = InputFile.OpenRead(path);
        return Read(stream, source ?? path, maxCalls);
    }

    /// <summary>The same from an open stream (an upload, a request body; plain or gzip is the caller's to decode, e.g. with <see cref="InputFile.Decode"/>).</summary>
    /// <param name="stream">The table's bytes; not owned.</param>
    /// <param name="source">The name errors and <see cref="FusionTable.Source"/> give it.</param>
    /// <param name="maxCalls">More data rows than this are refused (default: no bound).</param>
    /// <exception cref="InputException">Not a fusions.tsv, a malformed row, or more than <paramref name="maxCalls"/> rows.</exception>
    public static FusionTable Read(Stream stream, string source, int maxCalls = int.MaxValue)
    {
        var name = source;
        var provenance = new List<KeyValuePair<string, string>>();
        var calls = new List<FusionRecord>();
        Dictionary<string, int>? columns = null;
        foreach (var (number, line) in TextLines.Read(stream, source))
        {
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                provenance.Add(eq < 0 ? KeyValuePair.Create(line[2..], "") : KeyValuePair.Create(line[2..eq], line[(eq + 1)..]));
            }
            else if (line.StartsWith('#'))
            {
                columns = Header(name, number, line[1..].Split('\t'));
            }
            else if (line.Length > 0)
            {
                if (columns is null)
                {
                    throw InputException.At(name, number, "data before the `#gene1\\tgene2...` header: not a trek fusions.tsv");
                }

                if (calls.Count == maxCalls)
                {
                    throw InputException.At(name, number, $"more than {maxCalls} calls: not one sample's fusions.tsv");
                }

                calls.Add(new RowParser(name, number, line.Split('\t'), columns).Parse());
            }
        }

        return columns is null
            ? throw InputException.At(name, null, "no `#gene1\\tgene2...` header line: not a trek fusions.tsv (an empty file is not a negative result)")
            : new FusionTable(name, provenance, calls);
    }

    private static Dictionary<string, int> Header(string path, long number, string[] names)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (!Known.Contains(names[i]))
            {
                throw InputException.At(path, number, $"unknown column '{names[i]}' (fusions.tsv columns: {string.Join(", ", FusionTsvWriter.Columns)}, sample)");
            }

            if (!columns.TryAdd(names[i], i))
            {
                throw InputException.At(path, number, $"column '{names[i]}' appears twice");
            }
        }

        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count > 0 ? throw InputException.At(path, number, $"missing column(s): {string.Join(", ", missing)}") : columns;
    }

    /// <summary>Parses one data row; each failure names the column.</summary>
    private readonly struct RowParser(string path, long line, string[] cells, Dictionary<string, int> columns)
    {
        public FusionRecord Parse()
        {
            if (cells.Length != columns.Count)
            {
                throw InputException.At(path, line, $"{cells.Length} fields, the header has {columns.Count}");
            }

            return new FusionRecord
            {
                Line = line,
                Sample = columns.ContainsKey("sample") ? Optional("sample") : null,
                Gene1 = Optional("gene1"),
                Gene2 = Optional("gene2") ?? throw Bad("gene2", "the 3' gene is required"),
                Breakpoint1 = Breakpoint("breakpoint1"),
                Breakpoint2 = Breakpoint("breakpoint2"),
                Site1 = Site("site1"),
                Site2 = Site("site2"),
                Transcript1 = Optional("transcript1"),
                Transcript2 = Optional("transcript2"),
                Exon1 = OptionalInt("exon1"),
                Exon2 = OptionalInt("exon2"),
                SplitReads = Count("split_reads"),
                SpanningPairs = Count("spanning_pairs"),
                Ffpm = Ffpm(),
                ReadingFrame = Named<ReadingFrame>("reading_frame", FusionFormat.Frame),
                KinaseDomainRetained = Named<DomainRetention>("kinase_domain_retained", FusionFormat.Domain),
                Confidence = Named<Confidence>("confidence", FusionFormat.Confidence),
                LargeAnchorSupport = YesNo("large_anchor_support", allowMissing: false)!.Value,
                Homology = (int)Count("homology"),
                FusionTranscript = Optional("fusion_transcript"),
                Filters = Optional("filters")?.Split(',') ?? [],
            };
        }

        private string Cell(string name) => cells[columns[name]];

        private string? Optional(string name) => Cell(name) is "." or "" ? null : Cell(name);

        private InputException Bad(string column, string what) => InputException.At(path, line, $"column {column}: {what}");

        private int? OptionalInt(string name) =>
            Optional(name) is not { } v ? null
            : int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw Bad(name, $"'{v}' is not a positive exon number or .");

        private long Count(string name) =>
            long.TryParse(Cell(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Bad(name, $"'{Cell(name)}' is not a whole number >= 0");

        private double Ffpm() =>
            double.TryParse(Cell("ffpm"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v
                : throw Bad("ffpm", $"'{Cell("ffpm")}' is not a number >= 0 with a decimal point");

        private bool? YesNo(string name, bool allowMissing) => Cell(name) switch
        {
            "yes" => true,
            "no" => false,
            "." when allowMissing => null,
            var v => throw Bad(name, $"'{v}' is not yes{(allowMissing ? ", no or ." : " or no")}"),
        };

        /// <summary>The enum value whose text, as the writer's <see cref="FusionFormat"/> prints it, is the cell: reader and writer cannot drift apart.</summary>
        private T Named<T>(string name, Func<T, string> format)
            where T : struct, Enum
        {
            var cell = Cell(name);
            foreach (var v in Enum.GetValues<T>())
            {
                if (format(v) == cell)
                {
                    return v;
                }
            }

            throw Bad(name, $"'{cell}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(format).Distinct())}");
        }

        private JunctionSite Site(string name) => Named<JunctionSite>(name, FusionFormat.Site);

        /// <summary>`chrom:position:strand`, e.g. `12:11869969:+`; the chromosome may itself contain no colon.</summary>
        private GenomicPosition? Breakpoint(string name)
        {
            if (Optional(name) is not { } v)
            {
                return null;
            }

            var parts = v.Split(':');
            return parts.Length == 3 && parts[0].Length > 0
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pos) && pos > 0
                && parts[2] is "+" or "-"
                ? new GenomicPosition(parts[0], pos, parts[2] == "+" ? Strand.Plus : Strand.Minus, null)
                : throw Bad(name, $"'{v}' is not chromosome:position:strand (e.g. 12:11869969:+)");
        }
    }
}
