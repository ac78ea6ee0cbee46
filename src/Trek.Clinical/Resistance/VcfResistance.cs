using Trek.Core;
using Trek.IO.Vcf;

namespace Trek.Clinical.Resistance;

/// <summary>
/// Interprets the protein annotations of a VCF, record by record. Only TRK genes and the bypass genes Trek knows
/// (BRAF, KRAS, MET) are reported. When a record has several transcripts' annotations for a gene, the first that
/// parses and validates against the canonical protein wins; when none does, that record-gene is refused with the
/// reason (a wrong residue, a position beyond the protein, an unrecognised notation) and the run goes on. Records
/// failing FILTER are interpreted but reported apart. A VCF in which no record carries ANN or CSQ is refused: "no
/// changes" would be a silent wrong answer when the file was simply never annotated.
/// </summary>
public static class VcfResistance
{
    private static readonly HashSet<string> Reported = new(StringComparer.OrdinalIgnoreCase) { "NTRK1", "NTRK2", "NTRK3", "BRAF", "KRAS", "MET" };

    public static VcfResistanceReport Interpret(TextReader reader, string source, Ntrk2Numbering ntrk2 = Ntrk2Numbering.Mane838)
    {
        var vcf = new VcfReader(reader, source);
        var annotations = new VcfProteinAnnotations(vcf.Header, source);
        var passing = new List<VcfVariantCall>();
        var failing = new List<VcfVariantCall>();
        var refused = new List<VcfRefusal>();
        long read = 0, annotated = 0;
        foreach (var result in vcf.Records())
        {
            read++;
            if (result.Record is not { } record)
            {
                refused.Add(new VcfRefusal(result.Line, null, null, null, result.Error!));
                continue;
            }

            if (record.InfoValue("ANN") is not null || record.InfoValue("CSQ") is not null)
            {
                annotated++;
            }

            List<VcfProteinAnnotation> found;
            try
            {
                found = annotations.Of(record).Where(a => Reported.Contains(a.Gene)).ToList();
            }
            catch (InputException ex)
            {
                refused.Add(new VcfRefusal(record.Line, record.Chrom, record.Pos, null, ex.Message));
                continue;
            }

            foreach (var group in found.GroupBy(a => a.Gene.ToUpperInvariant()))
            {
                var (call, annotation, error) = FirstValid(group, ntrk2);
                if (call is null)
                {
                    refused.Add(new VcfRefusal(record.Line, record.Chrom, record.Pos, group.Key, error!));
                    continue;
                }

                var alt = record.Alt.Count == 1 ? 0 : Math.Max(0, IndexOf(record.Alt, annotation!.Allele));
                var (af, afSource) = AlleleFraction.Of(record, alt);
                var variant = new VcfVariantCall(record.Line, record.Chrom, record.Pos, record.Ref, record.Alt[alt], record.Filter, af, afSource, call);
                (record.PassesFilters ? passing : failing).Add(variant);
            }
        }

        if (read > 0 && annotated == 0)
        {
            throw InputException.At(source, null, $"none of the {read} records carries a protein annotation (snpEff ANN or Ensembl VEP CSQ in INFO): annotate the VCF first (snpEff, or VEP with --symbol --hgvs); Trek does not call protein changes itself");
        }

        return new VcfResistanceReport(source, read, annotated, passing, failing, refused);
    }

    private static (ResistanceCall? Call, VcfProteinAnnotation? Annotation, string? Error) FirstValid(IEnumerable<VcfProteinAnnotation> group, Ntrk2Numbering ntrk2)
    {
        string? firstError = null;
        foreach (var annotation in group)
        {
            try
            {
                var change = ProteinChangeParser.Parse(annotation.Gene, annotation.Hgvsp, $"{annotation.Gene} {annotation.Hgvsp}");
                return (ResistanceInterpreter.Interpret(change, ntrk2), annotation, null);
            }
            catch (InputException ex)
            {
                firstError ??= annotation.Feature.Length > 0 ? $"{ex.Message} ({annotation.Feature})" : ex.Message;
            }
        }

        return (null, null, firstError);
    }

    private static int IndexOf(IReadOnlyList<string> alts, string allele)
    {
        for (var i = 0; i < alts.Count; i++)
        {
            if (alts[i] == allele)
            {
                return i;
            }
        }

        return -1;
    }
}
