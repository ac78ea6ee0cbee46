namespace Trek.Fusion.Index;

/// <summary>The sections of `trek.idx`, in file order; each is length-prefixed and followed by its XxHash64 (<see cref="IndexStore"/>).</summary>
internal enum IndexSection
{
    Manifest = 1,
    Genes = 2,
    Transcripts = 3,
    Kmers = 4,
    ExonEnds = 5,
    ExonStarts = 6,
    Repeats = 7,
}
