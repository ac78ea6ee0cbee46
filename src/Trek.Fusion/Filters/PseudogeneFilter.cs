namespace Trek.Fusion.Filters;

/// <summary>
/// One partner is a pseudogene (every transcript of it has a *pseudogene biotype): reads of the parent
/// gene that differ from the reference by a few bases land on its pseudogene copy and fake a junction
/// (Arriba removes these as "mismappers"; STAR-Fusion's blacklist is full of them).
/// </summary>
public sealed class PseudogeneFilter(IReadOnlySet<string> pseudogenes) : IFusionFilter
{
    public string Name => "pseudogene";

    public bool Removes(FilterInput c) =>
        (c.FivePrime is { } a && pseudogenes.Contains(a.Name)) || pseudogenes.Contains(c.ThreePrime.Name);
}
