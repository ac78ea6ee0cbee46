namespace Trek.Fusion.Filters;

/// <summary>Too little support: fewer distinct fragments (split + spanning) than the minimum (default 2; Arriba's and pizzly's floor for a call).</summary>
public sealed class MinSupportFilter(int minimum) : IFusionFilter
{
    public FilterId Id => FilterId.MinSupport;

    public bool Removes(FusionCandidate c) => c.Call.Support < minimum;
}
