using Trek.Core;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Lists;

/// <summary>
/// Gene pairs (or breakpoint regions) whose fusions are always reported when present, Arriba's `-k` list:
/// the first column is the 5' side, the second the 3' side (order matters, as in Arriba). The default is the
/// kinase-panel list bundled with Trek (Resources/known_fusions_kinase.tsv; sources per line in its header).
/// </summary>
public sealed class KnownFusions
{
    public const string DefaultResource = "known_fusions_kinase.tsv";

    public KnownFusions(IReadOnlyList<RegionPair> entries, string source)
    {
        Entries = entries;
        Source = source;
    }

    /// <summary>No list (`--known-fusions none`).</summary>
    public static KnownFusions None { get; } = new([], "none");

    /// <summary>The bundled kinase-panel list.</summary>
    public static KnownFusions Default { get; } = LoadDefault();

    public IReadOnlyList<RegionPair> Entries { get; }

    /// <summary>Where the list came from: a file name, "bundled:known_fusions_kinase.tsv" or "none" (for provenance).</summary>
    public string Source { get; }

    /// <summary>The first entry whose 5' region matches the call's 5' side and 3' region its 3' side; null when none does.</summary>
    public RegionPair? Match(FusionCall call) =>
        Entries.FirstOrDefault(e => e.First.Matches(call.Gene1, call.Break1) && e.Second!.Matches(call.Gene2, call.Break2));

    /// <summary>Reads a known-fusion file (plain or gzip).</summary>
    /// <exception cref="InputException">A malformed line, with the file and line.</exception>
    public static KnownFusions Read(IEnumerable<(long Number, string Text)> lines, string source) =>
        new(RegionPairReader.Read(lines, source, keywords: false), source);

    private static KnownFusions LoadDefault()
    {
        using var stream = typeof(KnownFusions).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"bundled {DefaultResource} missing from the assembly");
        using var reader = new StreamReader(stream);
        var lines = new List<(long, string)>();
        long n = 0;
        while (reader.ReadLine() is { } line)
        {
            lines.Add((++n, line));
        }

        return new KnownFusions(RegionPairReader.Read(lines, "bundled " + DefaultResource, keywords: false), "bundled:" + DefaultResource);
    }
}
