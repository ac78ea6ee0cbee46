namespace Trek.Fusion.Calling;

/// <summary>
/// Fragments supporting one candidate: all of them, the distinct ones (by start signature, so PCR
/// duplicates count once), and those that one gene alone explains almost as well (homologous). Homologous
/// fragments keep their signatures too, so that with the homology filter off they are deduplicated like the
/// rest (they used to be added raw: issue 8).
/// </summary>
public sealed class SupportSet
{
    private readonly HashSet<ulong> _signatures = [];
    private readonly HashSet<ulong> _homologousSignatures = [];

    public long Total { get; private set; }

    public long Homologous { get; private set; }

    public int Distinct => _signatures.Count;

    public long Duplicates => Total - _signatures.Count;

    public void Add(ulong signature, bool homologous)
    {
        if (homologous)
        {
            Homologous++;
            _homologousSignatures.Add(signature);
            return;
        }

        Total++;
        _signatures.Add(signature);
    }

    public void Merge(SupportSet other)
    {
        Total += other.Total;
        Homologous += other.Homologous;
        _signatures.UnionWith(other._signatures);
        _homologousSignatures.UnionWith(other._homologousSignatures);
    }

    /// <summary>Support as the filters leave it: duplicates count once unless the duplicates filter is off.</summary>
    public long Count(bool removeDuplicates) => removeDuplicates ? Distinct : Total;

    /// <summary>
    /// Support with the homologous fragments counted too (the homology filter off): duplicates among all of them
    /// count once unless the duplicates filter is off.
    /// </summary>
    public long CountWithHomologous(bool removeDuplicates) => removeDuplicates ? DistinctWithHomologous : Total + Homologous;

    /// <summary>Duplicates among all fragments, homologous ones included.</summary>
    public long DuplicatesWithHomologous => Total + Homologous - DistinctWithHomologous;

    private int DistinctWithHomologous => _homologousSignatures.Count == 0 ? _signatures.Count : _signatures.Union(_homologousSignatures).Count();
}
