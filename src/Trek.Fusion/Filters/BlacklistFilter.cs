using Trek.Fusion.Lists;

namespace Trek.Fusion.Filters;

/// <summary>
/// Removes calls matching the `--blacklist` (Arriba's "blacklist" filter: recurrent artefacts by gene pair or
/// breakpoint region, <see cref="Blacklist"/>). It runs last, after the known-fusion exemption, as in Arriba, so a
/// blacklisted known fusion stays removed; the removal names the entry's line in the `--discarded` row.
/// </summary>
public sealed class BlacklistFilter(Blacklist blacklist) : IFusionFilter
{
    public FilterId Id => FilterId.Blacklist;

    public bool Removes(FusionCandidate candidate) => blacklist.Match(candidate.Call) is not null;

    /// <summary>The removal with the entry that matched.</summary>
    public FilterVerdict Verdict(FusionCandidate candidate) => FilterVerdict.CallRemoved(Id) with { Entry = blacklist.Match(candidate.Call) };
}
