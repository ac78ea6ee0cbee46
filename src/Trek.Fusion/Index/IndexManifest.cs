namespace Trek.Fusion.Index;

/// <summary>
/// Provenance of an index: what it was built from (names and SHA-256), how, and by which Trek; the genome
/// assembly and the annotation release as the GTF header states them (null when it states nothing: never guessed
/// from a file name), and the GTF header lines themselves.
/// </summary>
public sealed record IndexManifest(
    int FormatVersion,
    string TrekVersion,
    string Shape,
    int K,
    IReadOnlyList<IndexInput> Inputs,
    IReadOnlyList<string>? GeneFilter,
    int Genes,
    int Transcripts,
    long DistinctKmers)
{
    /// <summary>Genome assembly, e.g. "GRCh38" (GTF `#!genome-version`, else `#!genome-build`, else GENCODE's `##description`).</summary>
    public string? Assembly { get; init; }

    /// <summary>Annotation source and release, e.g. "Ensembl genebuild 2016-06" or GENCODE's description line.</summary>
    public string? Annotation { get; init; }

    /// <summary>The GTF's header lines (`#!key value`, `##key: value`) as key/value pairs, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? AnnotationHeader { get; init; }
}

/// <summary>One input file of an index.</summary>
public sealed record IndexInput(string Role, string Name, long Bytes, string Sha256);
