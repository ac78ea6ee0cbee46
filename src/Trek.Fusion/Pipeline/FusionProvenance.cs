using Trek.Fusion.Index;

namespace Trek.Fusion.Pipeline;

/// <summary>
/// What a report must cite about one run: the Trek version, the sample (null when the caller gave none),
/// the index it ran on (its manifest: inputs with SHA-256, assembly, annotation release, k), how many pairs were read,
/// and the known-fusion list and blacklist used (a file name, "bundled:NAME" or "none").
/// </summary>
public sealed record FusionProvenance(string TrekVersion, string? Sample, IndexManifest Index, long Pairs, long PairsOnIndex, string KnownFusions = "none", string Blacklist = "none");
