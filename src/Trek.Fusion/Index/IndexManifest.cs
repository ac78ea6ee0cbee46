namespace Trek.Fusion.Index;

/// <summary>Provenance of an index: what it was built from (names and SHA-256), how, and by which Trek.</summary>
public sealed record IndexManifest(
    int FormatVersion,
    string TrekVersion,
    string Shape,
    int K,
    IReadOnlyList<IndexInput> Inputs,
    IReadOnlyList<string>? GeneFilter,
    int Genes,
    int Transcripts,
    long DistinctKmers);

/// <summary>One input file of an index.</summary>
public sealed record IndexInput(string Role, string Name, long Bytes, string Sha256);
