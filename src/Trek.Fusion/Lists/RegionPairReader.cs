using System.Globalization;
using Trek.Core;
using Trek.Fusion.Annotation;

namespace Trek.Fusion.Lists;

/// <summary>
/// Reads Arriba's known-fusion and blacklist format (documentation/04-Input-files.md, "Blacklist" and
/// "Known fusions"): tab-separated, `#` lines are comments, blank lines skipped, two columns per line (a
/// third, Arriba's tag, is allowed and ignored). Each column is a gene name or `[+|-]CONTIG:POS[-END]`;
/// the blacklist's second column may instead be a keyword (<see cref="BlacklistScope"/>). Anything else is
/// refused with one line naming the source and line: a list that silently drops a mistyped entry would report
/// or hide fusions nobody asked about.
/// </summary>
public static class RegionPairReader
{
    /// <param name="lines">The file's lines with their 1-based numbers (gzip already undone).</param>
    /// <param name="source">The name shown in errors.</param>
    /// <param name="keywords">True for a blacklist (second-column keywords allowed), false for a known-fusion list.</param>
    /// <exception cref="InputException">A malformed line, naming <paramref name="source"/> and the line.</exception>
    public static IReadOnlyList<RegionPair> Read(IEnumerable<(long Number, string Text)> lines, string source, bool keywords)
    {
        var entries = new List<RegionPair>();
        foreach (var (number, raw) in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length is < 2 or > 3)
            {
                throw InputException.At(source, number, $"{cells.Length} tab-separated column(s); a line is `REGION<TAB>REGION` (gene name or [+|-]CONTIG:POSITION[-END]{(keywords ? ", or a keyword in the second column" : "")})");
            }

            var first = Region(cells[0], source, number, "first");
            var (second, scope) = keywords && Keyword(cells[1]) is { } k ? (null, k) : (Region(cells[1], source, number, "second"), BlacklistScope.Pair);
            entries.Add(new RegionPair(first, second, scope, number, $"{cells[0]}|{cells[1]}"));
        }

        return entries;
    }

    private static BlacklistScope? Keyword(string cell) => cell switch
    {
        "any" => BlacklistScope.Any,
        "split_read_any" => BlacklistScope.SplitReadAny,
        "discordant_mates" => BlacklistScope.DiscordantMates,
        _ => null,
    };

    /// <summary>Arriba keywords that act on read alignments or expression, which Trek does not keep: refused by name.</summary>
    private static readonly HashSet<string> Unsupported = ["split_read_donor", "split_read_acceptor", "low_support", "filter_spliced", "not_both_spliced", "read_through"];

    private static FusionRegion Region(string cell, string source, long number, string column)
    {
        if (Unsupported.Contains(cell))
        {
            throw InputException.At(source, number, $"{column} column: Arriba keyword '{cell}' is not supported by trek (supported: any, split_read_any, discordant_mates; read-through is the read_through filter)");
        }

        if (cell.Length == 0 || cell.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '(' or ')' or '|'))
        {
            throw InputException.At(source, number, $"{column} column: '{cell}' is not a gene name or [+|-]CONTIG:POSITION[-END]");
        }

        var colon = cell.LastIndexOf(':');
        if (colon < 0)
        {
            return FusionRegion.Gene(cell);
        }

        Strand? strand = cell[0] switch { '+' => Strand.Plus, '-' => Strand.Minus, _ => null };
        var contig = cell[(strand is null ? 0 : 1)..colon];
        var span = cell[(colon + 1)..];
        var dash = span.IndexOf('-');
        var (startText, endText) = dash < 0 ? (span, span) : (span[..dash], span[(dash + 1)..]);
        if (contig.Length == 0
            || !long.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start < 1 || end < start)
        {
            throw InputException.At(source, number, $"{column} column: '{cell}' is not [+|-]CONTIG:POSITION or [+|-]CONTIG:START-END with 1-based START <= END");
        }

        return FusionRegion.Range(contig, start, end, strand);
    }
}
