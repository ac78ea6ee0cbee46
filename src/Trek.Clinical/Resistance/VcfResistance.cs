using Trek.Core;

namespace Trek.Clinical.Resistance;

/// <summary>
/// Interprets the protein annotations of a VCF. Only TRK genes and the bypass genes Trek knows (BRAF, KRAS, MET)
/// are reported. When one record has several transcripts' annotations for a gene, the first that validates
/// against the canonical protein wins; if none validates the whole run stops at that record.
/// </summary>
public static class VcfResistance
{
    private static readonly HashSet<string> Reported = new(StringComparer.OrdinalIgnoreCase) { "NTRK1", "NTRK2", "NTRK3", "BRAF", "KRAS", "MET" };

    public static IReadOnlyList<ResistanceCall> Interpret(TextReader reader, string source, Ntrk2Numbering ntrk2 = Ntrk2Numbering.Isoform822)
    {
        var calls = new List<ResistanceCall>();
        foreach (var group in VcfProteinAnnotations.Read(reader, source)
                     .Where(a => Reported.Contains(a.Gene))
                     .GroupBy(a => (a.Line, Gene: a.Gene.ToUpperInvariant())))
        {
            InputException? first = null;
            ResistanceCall? call = null;
            VcfProteinAnnotation? unparsed = null;
            foreach (var annotation in group)
            {
                ProteinChange change;
                try
                {
                    change = ProteinChangeParser.Parse(annotation.Gene, annotation.Hgvsp, $"{annotation.Gene} {annotation.Hgvsp}");
                }
                catch (InputException)
                {
                    // Frameshifts, indels, synonymous "=": reported as not interpreted, never dropped.
                    unparsed ??= annotation;
                    continue;
                }

                try
                {
                    call = ResistanceInterpreter.Interpret(change, ntrk2);
                    break;
                }
                catch (InputException ex)
                {
                    first ??= ex;
                }
            }

            if (call is null && first is not null)
            {
                throw InputException.At(source, group.Key.Line, first.Message);
            }

            call ??= NotInterpreted(unparsed!);

            calls.Add(call);
        }

        return calls;
    }

    private static ResistanceCall NotInterpreted(VcfProteinAnnotation a) =>
        new($"{a.Gene} {a.Hgvsp}", a.Gene.ToUpperInvariant(), a.Hgvsp, null, null, null, null,
            TrkReference.ForGene(a.Gene)?.Isoform ?? "none (not validated)", false, MutationClass.Unknown, "unknown", null, null,
            "Not a single-residue substitution: Trek interprets only p.X123Y changes.", []);
}
