namespace Trek.Fusion.Filters;

/// <summary>
/// One partner is a pseudogene (every transcript of it has a *pseudogene biotype): reads of the parent
/// gene that differ from the reference by a few bases land on its pseudogene copy and fake a junction
/// (Arriba removes these as "mismappers"; STAR-Fusion's blacklist is full of them). Genes by index.
/// </summary>
public sealed class PseudogeneFilter(IReadOnlySet<int> pseudogenes) : IFusionFilter
{
    public FilterId Id => FilterId.Pseudogene;

    public bool Removes(FusionCandidate c) =>
        (c.FivePrime is { } a && pseudogenes.Contains(a.Index)) || pseudogenes.Contains(c.ThreePrime.Index);
}
