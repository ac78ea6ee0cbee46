namespace Trek.Fusion.Filters;

/// <summary>
/// Every read of the candidate fits one gene alone almost as well as the fusion: the genes share
/// sequence at the break (paralogues, repeats), so the junction is a mapping artefact (Arriba "homologs"/"mismappers").
/// </summary>
public sealed class HomologyFilter : IFusionFilter
{
    public FilterId Id => FilterId.Homology;

    public bool Removes(FusionCandidate c) => c.HomologousReads > 0 && c.Call.SplitReads == 0 && c.Call.SpanningPairs == 0;
}
