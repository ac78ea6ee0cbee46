using System.Globalization;
using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Output;

namespace Trek.Fusion.Evidence;

/// <summary>
/// Writes the evidence directory (trek.evidence/1, PROTOCOL.md / docs/fusion.md): `calls.tsv`, then per call
/// `<call_id>.fa` (the fused sequence, 60 bases a line) and `<call_id>.sam` (<see cref="SamLines"/>). The caller
/// gives an empty directory and publishes it (the CLI writes into a temporary one and renames it with the other outputs).
/// </summary>
public static class EvidenceDirectory
{
    public const string CallsFile = "calls.tsv";

    public static readonly string[] Columns = ["call_id", "fusion_name", "breakpoint1", "breakpoint2", "contig_length", "junction_offset", "split_reads", "spanning_pairs"];

    public static void Write(string directory, IReadOnlyList<CallEvidence> calls)
    {
        using (var w = Create(Path.Combine(directory, CallsFile)))
        {
            w.Write(string.Join('\t', Columns) + "\n");
            foreach (var e in calls)
            {
                var c = e.Call;
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{e.CallId}\t{c.Fusion}\t{FusionFormat.Breakpoint(c.Break1)}\t{FusionFormat.Breakpoint(c.Break2)}\t{e.Contig.Length}\t{e.JunctionOffset}\t{c.SplitReads}\t{c.SpanningPairs}\n"));
            }
        }

        foreach (var e in calls)
        {
            using (var fa = Create(Path.Combine(directory, e.CallId + ".fa")))
            {
                fa.Write($">{e.CallId}\n");
                var bases = Dna.Decode(e.Contig);
                for (var i = 0; i < bases.Length; i += 60)
                {
                    fa.Write(bases.AsSpan(i, Math.Min(60, bases.Length - i)));
                    fa.Write('\n');
                }
            }

            using var sam = Create(Path.Combine(directory, e.CallId + ".sam"));
            SamLines.Write(sam, e);
        }
    }

    private static StreamWriter Create(string path) =>
        new(new FileStream(path, FileMode.CreateNew, FileAccess.Write), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
}
