namespace Trek.Fusion.Lists;

/// <summary>
/// One line of a known-fusion or blacklist file: the 5' (first) region, the 3' (second) region or a keyword,
/// and where it was read (line number, the two columns as written, for the `--discarded` explanation).
/// </summary>
public sealed record RegionPair(FusionRegion First, FusionRegion? Second, BlacklistScope Scope, long Line, string Text);
