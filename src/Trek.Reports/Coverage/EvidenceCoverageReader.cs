using System.Globalization;
using Trek.Core;
using Trek.IO.Sam;

namespace Trek.Reports.Coverage;

/// <summary>
/// Reads a `trek fusions --evidence` directory (contract trek.evidence/1, docs/fusion.md): calls.tsv, then each call's
/// SAM through the one SAM reader (<see cref="SamReader"/>), and turns POS + CIGAR into depth along the fused sequence.
/// Everything a mistyped or foreign directory could get wrong is refused with file and line: a missing or reordered
/// header, a contig length that disagrees with the SAM's @SQ, a read placed outside the contig, an unknown YT tag.
/// </summary>
public static class EvidenceCoverageReader
{
    public static readonly string[] Columns = ["call_id", "fusion_name", "breakpoint1", "breakpoint2", "contig_length", "junction_offset", "split_reads", "spanning_pairs"];

    /// <summary>Upper bound on a fused sequence's length: contigs are two transcript stretches around one junction.</summary>
    public const int MaxContigLength = 1_000_000;

    public static IReadOnlyList<CoverageTrack> Read(string directory)
    {
        var calls = Path.Combine(directory, "calls.tsv");
        if (!File.Exists(calls))
        {
            throw InputException.At(directory, null, "not a trek evidence directory (trek.evidence/1): calls.tsv is missing");
        }

        var tracks = new List<CoverageTrack>();
        long line = 0;
        foreach (var text in File.ReadLines(calls))
        {
            line++;
            var cells = text.Split('\t');
            if (line == 1)
            {
                if (!cells.SequenceEqual(Columns))
                {
                    throw InputException.At(calls, 1, $"header must be {string.Join(" ", Columns)} (trek.evidence/1)");
                }

                continue;
            }

            if (cells.Length != Columns.Length)
            {
                throw InputException.At(calls, line, $"{cells.Length} columns, expected {Columns.Length}");
            }

            var length = Number(cells[4], calls, line, "contig_length", 1, MaxContigLength);
            var offset = Number(cells[5], calls, line, "junction_offset", 0, length);
            tracks.Add(Track(directory, cells[0], cells[2], cells[3], length, offset));
        }

        return tracks;
    }

    private static CoverageTrack Track(string directory, string callId, string bp1, string bp2, int length, int offset)
    {
        if (callId.Length == 0 || callId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || callId.Contains("..", StringComparison.Ordinal))
        {
            throw InputException.At(Path.Combine(directory, "calls.tsv"), null, $"call_id '{callId}' is not a file name");
        }

        var sam = Path.Combine(directory, callId + ".sam");
        var header = SamReader.Header(sam);
        if (!header.References.TryGetValue(callId, out var ln) || ln != length)
        {
            throw InputException.At(sam, null, $"@SQ SN:{callId} LN:{length} expected (calls.tsv contig_length)");
        }

        var depth = new int[length];
        var (split, spanning) = (0, 0);
        foreach (var r in SamReader.Records(sam))
        {
            if (r.Unmapped)
            {
                continue;
            }

            if (r.RName != callId || r.Pos < 1 || r.Pos + r.ReferenceLength - 1 > length)
            {
                throw InputException.At(sam, r.Line, $"read {r.QName} placed at {r.RName}:{r.Pos} (+{r.ReferenceLength}) is outside {callId} (length {length})");
            }

            _ = r.Tags.TryGetValue("YT", out var kind);
            _ = kind switch
            {
                "split" => split++,
                "spanning" => spanning++,
                _ => throw InputException.At(sam, r.Line, $"YT:Z:{kind ?? "(missing)"}: trek.evidence/1 tags each read YT:Z:split or YT:Z:spanning"),
            };
            foreach (var (_, pos) in r.AlignedPairs())
            {
                depth[pos - 1]++;
            }
        }

        return new CoverageTrack(callId, bp1, bp2, offset, depth, split, spanning);
    }

    private static int Number(string text, string file, long line, string column, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? v
            : throw InputException.At(file, line, $"{column} '{text}': expected a whole number from {min} to {max}");
}
