namespace Trek.Fusion.Lists;

/// <summary>
/// What a blacklist entry's second column says, besides a region (Arriba's keywords, documentation/04-Input-files.md):
/// a second region (<see cref="Pair"/>), <c>any</c> (the first region on either side), <c>split_read_any</c>
/// (the first region, calls supported by split reads only), <c>discordant_mates</c> (the first region, calls
/// supported by spanning pairs only). Arriba's other keywords act on read-level evidence Trek does not keep
/// and are refused rather than ignored.
/// </summary>
public enum BlacklistScope
{
    Pair,
    Any,
    SplitReadAny,
    DiscordantMates,
}
