namespace Trek.Fusion.Calling;

/// <summary>
/// Fragments supporting one candidate: all of them, the distinct ones (by start signature, so PCR
/// duplicates count once), and those that one gene alone explains almost as well (homologous).
/// </summary>
public sealed class SupportSet
{
    private readonly HashSet<ulong> _signatures = [];

    public long Total { get; private set; }

    public long Homologous { get; private set; }

    public int Distinct => _signatures.Count;

    public long Duplicates => Total - _signatures.Count;

    public void Add(ulong signature, bool homologous)
    {
        if (homologous)
        {
            Homologous++;
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
    }

    /// <summary>Support as the filters leave it: duplicates count once unless the duplicates filter is off.</summary>
    public long Count(bool removeDuplicates) => removeDuplicates ? Distinct : Total;
}
