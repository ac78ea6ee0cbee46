using System.Globalization;
using Trek.Fusion.Pipeline;

namespace Trek.Fusion.Output;

/// <summary>The `##key=value` provenance lines at the top of fusions.tsv and the discarded file, in order.</summary>
public static class FusionProvenanceLines
{
    /// <param name="command">The command line as the user typed it.</param>
    /// <param name="indexLocation">Where the index was loaded from (a directory).</param>
    /// <param name="defaultSample">The sample name to show when the run was given none (the CLI uses the R1 file name).</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(FusionProvenance p, string command, string indexLocation, string defaultSample)
    {
        var m = p.Index;
        var inputs = string.Join(",", m.Inputs.Select(i => $"{i.Role}:{i.Name}:sha256:{i.Sha256[..16]}"));
        return
        [
            new("trek_version", p.TrekVersion),
            new("command", command),
            new("index", string.Create(CultureInfo.InvariantCulture, $"{indexLocation} ({inputs}; k={m.K}; genes={m.Genes}; assembly={m.Assembly ?? FusionFormat.Missing}; annotation={m.Annotation ?? FusionFormat.Missing})")),
            new("known_fusions", p.KnownFusions),
            new("blacklist", p.Blacklist),
            new("sample", p.Sample ?? defaultSample),
            new("fragments", p.Pairs.ToString(CultureInfo.InvariantCulture)),
        ];
    }
}
