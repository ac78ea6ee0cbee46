using Trek.Core.Sequences;

namespace Trek.Fusion.Annotation;

/// <summary>
/// Places a kinase-domain peptide on a transcript by translating its CDS and sliding the peptide along
/// it (ungapped). Isoforms differ from the table's RefSeq protein by a few residues, so 80 % identity
/// is enough; an isoform that lacks the domain (truncated TrkB/TrkC forms) scores far lower.
/// </summary>
public static class DomainLocator
{
    public const double MinIdentity = 0.8;

    public static void Locate(IReadOnlyList<Transcript> transcripts, IReadOnlyList<Gene> genes, IReadOnlyList<KinaseDomain> domains)
    {
        var byGene = domains.GroupBy(d => d.Gene).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var t in transcripts)
        {
            if (!t.HasCds || !byGene.TryGetValue(genes[t.Gene].Name, out var domain))
            {
                continue;
            }

            var protein = GeneticCode.Translate(t.Codes.AsSpan(t.CdsStart, t.CdsEnd - t.CdsStart));
            var (offset, identity) = BestPlacement(protein, domain.Peptide);
            if (offset >= 0 && identity >= MinIdentity)
            {
                t.DomainStart = t.CdsStart + (3 * offset);
                t.DomainEnd = t.CdsStart + (3 * (offset + domain.Peptide.Length));
            }
        }
    }

    internal static (int Offset, double Identity) BestPlacement(string protein, string peptide)
    {
        var best = -1;
        var bestMatches = -1;
        for (var o = 0; o + peptide.Length <= protein.Length; o++)
        {
            var m = 0;
            for (var i = 0; i < peptide.Length; i++)
            {
                if (protein[o + i] == peptide[i])
                {
                    m++;
                }
            }

            if (m > bestMatches)
            {
                bestMatches = m;
                best = o;
            }
        }

        return best < 0 ? (-1, 0) : (best, (double)bestMatches / peptide.Length);
    }
}
