using Trek.Core.Sequences;
using Trek.IO.Kinases;

namespace Trek.Fusion.Annotation;

/// <summary>
/// Places a kinase-domain peptide on a transcript by translating its CDS and finding the domain's first
/// and last 30 residues separately (ungapped, at least 80 % identical): isoforms differ from the table's
/// RefSeq protein by point changes and by in-domain inserts (TrkC's 839-aa MANE isoform carries a
/// 14-residue kinase insert), so the span runs from the N-terminal anchor to the C-terminal one. An
/// isoform that lacks the domain (truncated TrkB/TrkC forms) matches neither anchor.
/// </summary>
public static class DomainLocator
{
    public const double MinIdentity = 0.8;

    private const int Anchor = 30;

    /// <summary>The transcripts, those coding a known kinase domain replaced by a copy carrying its span (index order kept).</summary>
    public static IReadOnlyList<Transcript> Locate(IReadOnlyList<Transcript> transcripts, IReadOnlyList<Gene> genes, IReadOnlyList<KinaseDomain> domains)
    {
        var byGene = domains.GroupBy(d => d.Gene).ToDictionary(g => g.Key, g => WithPeptide(g.First(), transcripts, genes), StringComparer.Ordinal);
        var located = new List<Transcript>(transcripts.Count);
        foreach (var t in transcripts)
        {
            if (t.HasCds && byGene.TryGetValue(genes[t.Gene].Name, out var domain) && domain.Peptide.Length > 0
                && Span(GeneticCode.Translate(t.Codes.AsSpan(t.CdsStart, t.CdsEnd - t.CdsStart)), domain.Peptide) is { } span)
            {
                located.Add(t.WithDomain(t.CdsStart + (3 * span.Start), t.CdsStart + (3 * span.End)));
            }
            else
            {
                located.Add(t);
            }
        }

        return located;
    }

    /// <summary>
    /// A span-only row (UniProt coordinates) gets its peptide from the gene's transcript whose protein has the
    /// canonical length (lowest rank first: MANE, canonical, CCDS); no such transcript leaves the peptide empty
    /// and the gene's retention unknown, never guessed from another isoform's numbering.
    /// </summary>
    private static KinaseDomain WithPeptide(KinaseDomain d, IReadOnlyList<Transcript> transcripts, IReadOnlyList<Gene> genes)
    {
        if (d.Peptide.Length > 0)
        {
            return d;
        }

        var canonical = transcripts
            .Where(t => t.HasCds && genes[t.Gene].Name == d.Gene && (t.CdsEnd - t.CdsStart) / 3 is var codons && (codons == d.ProteinLength || codons == d.ProteinLength + 1))
            .Select(t => (t, Protein: GeneticCode.Translate(t.Codes.AsSpan(t.CdsStart, t.CdsEnd - t.CdsStart)).TrimEnd('*')))
            .Where(x => x.Protein.Length == d.ProteinLength && !x.Protein.Contains('*'))
            .OrderBy(x => x.t.Rank).ThenBy(x => x.t.Id, StringComparer.Ordinal)
            .Select(x => x.Protein).FirstOrDefault();
        return canonical is null ? d : d with { Peptide = canonical[(d.Start - 1)..d.End] };
    }

    /// <summary>Residue span [Start, End) of the domain in <paramref name="protein"/>, or null.</summary>
    internal static (int Start, int End)? Span(string protein, string peptide)
    {
        var anchor = Math.Min(Anchor, peptide.Length);
        var (head, headIdentity) = BestPlacement(protein, peptide[..anchor]);
        var (tail, tailIdentity) = BestPlacement(protein, peptide[^anchor..]);
        if (head < 0 || tail < 0 || headIdentity < MinIdentity || tailIdentity < MinIdentity)
        {
            return null;
        }

        var end = tail + anchor;
        var length = end - head;
        return length >= peptide.Length * 0.8 && length <= peptide.Length * 1.25 ? (head, end) : null;
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
