using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>
/// Everything `trek fusions` needs, all built by `trek index`: genes, transcripts with sequences, the k-mer table, the
/// exon-boundary maps and the repeat map. A loaded index maps its file (<see cref="IndexStore.Load"/>): dispose it, or
/// let it live as long as the process.
/// </summary>
public sealed class FusionIndex : IDisposable
{
    public FusionIndex(IndexManifest manifest, IReadOnlyList<Gene> genes, IReadOnlyList<Transcript> transcripts, KmerTable kmers, BoundaryMap exonEnds, BoundaryMap exonStarts, RepeatMap repeats)
    {
        Repeats = repeats;
        Manifest = manifest;
        Genes = genes;
        Transcripts = transcripts;
        Kmers = kmers;
        ExonEnds = exonEnds;
        ExonStarts = exonStarts;
        TranscriptsByGene = transcripts.GroupBy(t => t.Gene).ToDictionary(g => g.Key, g => (IReadOnlyList<Transcript>)[.. g]);
        foreach (var t in transcripts)
        {
            for (var i = 0; i < t.Exons.Length; i++)
            {
                if (i < t.Exons.Length - 1)
                {
                    _exonEndLoci.Add((t.Gene, t.GenomePosition(t.Exons[i].TxEnd - 1)));
                }

                if (i > 0)
                {
                    _exonStartLoci.Add((t.Gene, t.GenomePosition(t.Exons[i].TxStart)));
                }
            }
        }
    }

    private readonly HashSet<(int Gene, long Locus)> _exonEndLoci = [];
    private readonly HashSet<(int Gene, long Locus)> _exonStartLoci = [];

    public IndexManifest Manifest { get; }

    public IReadOnlyList<Gene> Genes { get; }

    public IReadOnlyList<Transcript> Transcripts { get; }

    public KmerTable Kmers { get; }

    public BoundaryMap ExonEnds { get; }

    public BoundaryMap ExonStarts { get; }

    /// <summary>15-mers shared between genes, for the repeat filter.</summary>
    public RepeatMap Repeats { get; }

    public IReadOnlyDictionary<int, IReadOnlyList<Transcript>> TranscriptsByGene { get; }

    public int K => Kmers.K;

    /// <summary>Unmaps the index file; no lookup may follow.</summary>
    public void Dispose() => Kmers.Dispose();

    /// <summary>Is transcript position <paramref name="pos"/> the last base of an internal exon in any isoform of its gene?</summary>
    public bool IsExonEnd(Transcript t, int pos)
    {
        if (t.IsExonEnd(pos))
        {
            return true;
        }

        var locus = t.GenomePosition(pos);
        return locus >= 0 && _exonEndLoci.Contains((t.Gene, locus));
    }

    /// <summary>Is transcript position <paramref name="pos"/> the first base of an internal exon in any isoform of its gene?</summary>
    public bool IsExonStart(Transcript t, int pos)
    {
        if (t.IsExonStart(pos))
        {
            return true;
        }

        var locus = t.GenomePosition(pos);
        return locus >= 0 && _exonStartLoci.Contains((t.Gene, locus));
    }
}
