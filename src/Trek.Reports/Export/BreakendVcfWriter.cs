using System.Globalization;
using Trek.Fusion.Annotation;
using Trek.Reports.Fusions;

namespace Trek.Reports.Export;

/// <summary>
/// VCF 4.3 breakend records (VCF 4.3 specification section 5.4), two mates per fusion as Arriba's
/// convert_fusions_to_vcf.sh writes them. The ALT bracket form follows from the strands: the 5' gene keeps the
/// sequence upstream of its break in transcript direction, the 3' gene the sequence downstream. REF is N: fusions.tsv
/// carries no reference base (a transcriptome index has no genome sequence). Calls without both breakpoints
/// (partner-unknown, spanning-only) have no breakend pair and are returned as skipped.
/// </summary>
public static class BreakendVcfWriter
{
    public static IReadOnlyList<FusionRecord> Write(TextWriter w, FusionTable table, string? build)
    {
        var skipped = new List<FusionRecord>();
        var records = new List<(string Chrom, long Pos, string Line)>();
        var n = 0;
        foreach (var c in table.Calls)
        {
            if (c.Breakpoint1 is not { } a || c.Breakpoint2 is not { } b)
            {
                skipped.Add(c);
                continue;
            }

            n++;
            var (altA, altB) = Alts(a.Contig, a.Position, a.Strand, b.Contig, b.Position, b.Strand);
            var info = $"SVTYPE=BND;GENE_NAME={c.Gene1}^{c.Gene2};EXON={Num(c.Exon1)}^{Num(c.Exon2)};SPLIT_READS={c.SplitReads};SPANNING_PAIRS={c.SpanningPairs};CONFIDENCE={Fusion.Output.FusionFormat.Confidence(c.Confidence)}";
            records.Add((a.Contig, a.Position, $"{a.Contig}\t{a.Position}\tfusion{n}a\tN\t{altA}\t.\tPASS\t{info};MATEID=fusion{n}b"));
            records.Add((b.Contig, b.Position, $"{b.Contig}\t{b.Position}\tfusion{n}b\tN\t{altB}\t.\tPASS\t{info};MATEID=fusion{n}a"));
        }

        var contigs = records.Select(r => r.Chrom).Distinct().Order(ContigOrder.Instance).ToList();
        w.Write("##fileformat=VCFv4.3\n");
        w.Write($"##source=trek {Core.TrekVersion.Current}\n");
        if (build is not null)
        {
            w.Write($"##reference={build}\n");
        }

        foreach (var contig in contigs)
        {
            w.Write($"##contig=<ID={contig}>\n");
        }

        w.Write("##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">\n");
        w.Write("##INFO=<ID=MATEID,Number=1,Type=String,Description=\"ID of mate breakend\">\n");
        w.Write("##INFO=<ID=GENE_NAME,Number=1,Type=String,Description=\"5' gene^3' gene\">\n");
        w.Write("##INFO=<ID=EXON,Number=1,Type=String,Description=\"5' exon^3' exon at the break\">\n");
        w.Write("##INFO=<ID=SPLIT_READS,Number=1,Type=Integer,Description=\"Split reads across the junction\">\n");
        w.Write("##INFO=<ID=SPANNING_PAIRS,Number=1,Type=Integer,Description=\"Read pairs spanning the junction\">\n");
        w.Write("##INFO=<ID=CONFIDENCE,Number=1,Type=String,Description=\"Trek call confidence: high, medium or low\">\n");
        w.Write($"#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
        foreach (var r in records.OrderBy(r => r.Chrom, ContigOrder.Instance).ThenBy(r => r.Pos))
        {
            w.Write(r.Line);
            w.Write('\n');
        }

        return skipped;
    }

    private static string Num(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? ".";

    /// <summary>ALT of the 5' record and of its mate; t = the record's REF base (VCF 4.3 section 5.4, the four bracket forms).</summary>
    public static (string Five, string Three) Alts(string c1, long p1, Strand s1, string c2, long p2, Strand s2)
    {
        var to2 = $"{c2}:{p2.ToString(CultureInfo.InvariantCulture)}";
        var to1 = $"{c1}:{p1.ToString(CultureInfo.InvariantCulture)}";
        return (s1, s2) switch
        {
            (Strand.Plus, Strand.Plus) => ($"N[{to2}[", $"]{to1}]N"),
            (Strand.Plus, Strand.Minus) => ($"N]{to2}]", $"N]{to1}]"),
            (Strand.Minus, Strand.Plus) => ($"[{to2}[N", $"[{to1}[N"),
            _ => ($"]{to2}]N", $"N[{to1}["),
        };
    }
}
