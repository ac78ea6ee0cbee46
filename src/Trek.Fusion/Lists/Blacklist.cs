using Trek.Core;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Lists;

/// <summary>
/// Recurrent artefacts to remove, Arriba's `-b` list: a pair of regions (either order: Arriba ignores which side
/// is 5' for the blacklist), or one region with a keyword (<see cref="BlacklistScope"/>). No default is shipped:
/// Arriba's blacklists are trained on hundreds of normal RNA-seq samples that are not available here, and a
/// blacklist guessed from a handful of runs would hide real fusions.
/// </summary>
public sealed class Blacklist(IReadOnlyList<RegionPair> entries, string source)
{
    public static Blacklist None { get; } = new([], "none");

    public IReadOnlyList<RegionPair> Entries { get; } = entries;

    public string Source { get; } = source;

    /// <summary>The first entry the call matches; null when none does.</summary>
    public RegionPair? Match(FusionCall call) => Entries.FirstOrDefault(e => Matches(e, call));

    /// <exception cref="InputException">A malformed line, with the file and line.</exception>
    public static Blacklist Read(IEnumerable<(long Number, string Text)> lines, string source) =>
        new(RegionPairReader.Read(lines, source, keywords: true), source);

    private static bool Matches(RegionPair e, FusionCall c)
    {
        var on5 = e.First.Matches(c.Gene1, c.Break1);
        var on3 = e.First.Matches(c.Gene2, c.Break2);
        return e.Scope switch
        {
            BlacklistScope.Pair => (on5 && e.Second!.Matches(c.Gene2, c.Break2)) || (on3 && e.Second!.Matches(c.Gene1, c.Break1)),
            BlacklistScope.Any => on5 || on3,
            BlacklistScope.SplitReadAny => (on5 || on3) && c.SpanningPairs == 0 && c.SplitReads > 0,
            BlacklistScope.DiscordantMates => (on5 || on3) && c.SplitReads == 0,
            _ => false,
        };
    }
}
