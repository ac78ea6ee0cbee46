using System.Globalization;
using Trek.Clinical.Resistance;

namespace Trek.Reports.Clinical;

/// <summary>The text of `trek resistance`, for one variant or a VCF: classes and mechanisms as words, citations once.</summary>
public static class ResistanceText
{
    public static void Write(TextWriter w, ResistanceCall call)
    {
        var citations = new Citations();
        Call(w, call, citations);
        citations.WriteList(w);
    }

    public static void Write(TextWriter w, VcfResistanceReport r)
    {
        var citations = new Citations();
        w.WriteLine($"{r.Source}: {r.RecordsRead} record(s), {r.RecordsAnnotated} with protein annotation");
        w.WriteLine($"{r.Passing.Count} TRK-related protein change(s) in records passing FILTER:");
        foreach (var v in r.Passing)
        {
            Located(w, v, citations);
        }

        w.WriteLine($"{r.FailingFilter.Count} in records FAILING FILTER (not interpreted as passing; shown for review):");
        foreach (var v in r.FailingFilter)
        {
            Located(w, v, citations);
        }

        w.WriteLine($"{r.Refused.Count} record(s) refused:");
        foreach (var x in r.Refused)
        {
            w.WriteLine($"  line {x.Line}{(x.Chrom is null ? "" : $" {x.Chrom}:{x.Pos}")}{(x.Gene is null ? "" : $" {x.Gene}")}: {x.Reason}");
        }

        citations.WriteList(w);
    }

    private static void Located(TextWriter w, VcfVariantCall v, Citations citations)
    {
        var af = v.AlleleFraction is { } f ? f.ToString("0.####", CultureInfo.InvariantCulture) : "unknown";
        w.WriteLine($"- {v.Chrom}:{v.Pos} {v.Ref}>{v.Alt} FILTER `{v.Filter}`, allele fraction {af} ({v.AlleleFractionSource})");
        Call(w, v.Call, citations);
    }

    private static void Call(TextWriter w, ResistanceCall c, Citations citations)
    {
        w.WriteLine($"{c.Gene} {c.Hgvsp ?? "amplification"}: {ClinicalLabels.Class(c.Class)} ({ClinicalLabels.Mechanism(c.Mechanism)})");
        w.WriteLine($"  Reference: {c.ReferenceIsoform}{(c.ReferenceValidated ? "; reference residue checked" : "; reference residue not checked")}");
        if (c.Numbering is { } numbering)
        {
            w.WriteLine($"  Numbering: {numbering}");
        }

        if (c.InputPosition is { } written)
        {
            w.WriteLine($"  Position {written} as written (838-aa TRKB numbering) = {c.Position} in {c.ReferenceIsoform}");
        }

        w.WriteLine($"  Type I next-generation TRK inhibitors overcome it: {(c.Type1NextGenOvercomes is { } t ? (t ? "yes" : "no") : "unknown")}");
        w.WriteLine($"  {c.Interpretation}");
        if (c.Rules.Count > 0)
        {
            w.WriteLine("  Rules applied:");
            RulesText.Write(w, c.Rules, citations);
        }
    }
}
