using System.Globalization;
using System.Text;
using Trek.Core;
using Trek.Core.Sequences;

namespace Trek.Fusion.Evidence;

/// <summary>
/// The `<call_id>.sam` of the evidence contract (SAM v1.6, samtools/hts-specs SAMv1.pdf §1.3-1.5): one reference,
/// the call's fused sequence; split reads as single records, spanning pairs as two mates with pair flags, mate
/// fields and TLEN; a read that could not be placed is unmapped (0x4) and sits at its mate's position; records
/// sorted by position (unplaced last), `YT:Z:split|spanning` and `NM:i:` mismatches. Base qualities are not kept
/// by Trek, so QUAL is `*`.
/// </summary>
public static class SamLines
{
    private const int MapQ = 60;

    public static void Write(TextWriter w, CallEvidence e)
    {
        w.Write("@HD\tVN:1.6\tSO:coordinate\n");
        w.Write(string.Create(CultureInfo.InvariantCulture, $"@SQ\tSN:{e.CallId}\tLN:{e.Contig.Length}\n"));
        w.Write($"@PG\tID:trek\tPN:trek\tVN:{TrekVersion.Current}\n");
        var records = e.Fragments.SelectMany(f => Records(e.CallId, f)).ToList();
        foreach (var r in records.OrderBy(r => r.RName == "*").ThenBy(r => r.Pos).ThenBy(r => r.QName, StringComparer.Ordinal).ThenBy(r => r.Flag))
        {
            w.Write(r.Text);
            w.Write('\n');
        }
    }

    private sealed record Record(string QName, int Flag, string RName, int Pos, string Text);

    private static IEnumerable<Record> Records(string id, PlacedFragment f)
    {
        var x = f.Fragment;
        if (x.Kind == EvidenceKind.Split)
        {
            var read = x.SplitMate == 1 ? x.Read1 : x.Read2;
            var p = x.SplitMate == 1 ? f.Read1 : f.Read2;
            yield return p is { } placed
                ? Line(x.Name, placed.Reverse ? 0x10 : 0, id, placed.Position + 1, placed, "*", 0, 0, read, "split")
                : Line(x.Name, 0x4, "*", 0, null, "*", 0, 0, read, "split");
            yield break;
        }

        yield return Mate(id, x, f.Read1, f.Read2, first: true);
        yield return Mate(id, x, f.Read2, f.Read1, first: false);
    }

    private static Record Mate(string id, EvidenceFragment x, Placement? self, Placement? mate, bool first)
    {
        var read = first ? x.Read1 : x.Read2;
        var flag = 0x1 | (first ? 0x40 : 0x80);
        flag |= self is { Reverse: true } ? 0x10 : 0;
        flag |= self is null ? 0x4 : 0;
        flag |= mate is { Reverse: true } ? 0x20 : 0;
        flag |= mate is null ? 0x8 : 0;
        flag |= self is not null && mate is not null ? 0x2 : 0;
        var anchor = self ?? mate; // an unplaced read sits at its mate's position (SAM §2.4 "unmapped read with mapped mate")
        var rname = anchor is null ? "*" : id;
        var pos = anchor is { } a ? a.Position + 1 : 0;
        var pnext = (mate ?? self) is { } m ? m.Position + 1 : 0;
        var tlen = 0;
        if (self is { } s && mate is { } t)
        {
            var length = Math.Max(s.End, t.End) - Math.Min(s.Position, t.Position);
            var leftmost = s.Position < t.Position || (s.Position == t.Position && first);
            tlen = leftmost ? length : -length;
        }

        return Line(x.Name, flag, rname, pos, self, anchor is null ? "*" : "=", pnext, tlen, read, "spanning");
    }

    private static Record Line(string name, int flag, string rname, int pos, Placement? p, string rnext, int pnext, int tlen, byte[] read, string kind)
    {
        var seq = Encoding.ASCII.GetString(read).ToUpperInvariant();
        if (p is { Reverse: true })
        {
            seq = Dna.ReverseComplement(seq);
        }

        var cigar = p is { } c ? Cigar(c) : "*";
        var mapq = p is null ? 0 : MapQ;
        var nm = p is { } q ? string.Create(CultureInfo.InvariantCulture, $"\tNM:i:{q.Mismatches}") : "";
        var text = string.Create(CultureInfo.InvariantCulture, $"{name}\t{flag}\t{rname}\t{pos}\t{mapq}\t{cigar}\t{rnext}\t{pnext}\t{tlen}\t{seq}\t*\tYT:Z:{kind}{nm}");
        return new Record(name, flag, rname, pos, text);
    }

    private static string Cigar(Placement p)
    {
        var b = new StringBuilder();
        if (p.ClipLeft > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"{p.ClipLeft}S");
        }

        b.Append(CultureInfo.InvariantCulture, $"{p.Matched}M");
        if (p.ClipRight > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"{p.ClipRight}S");
        }

        return b.ToString();
    }
}
