namespace Trek.Fusion.Index;

/// <summary>
/// The sections of `trek.idx`, in file order; each is framed and checksummed by <see cref="IndexStore"/>. The raw ones
/// (<see cref="Codes"/>, <see cref="KmerKeys"/>, <see cref="KmerValues"/>, <see cref="KmerRuns"/>) are little-endian
/// arrays starting on a 64-byte boundary, used through the mapping; the others are parsed by <see cref="IndexCodec"/>.
/// </summary>
internal enum IndexSection
{
    Manifest = 1,
    Genes = 2,
    Codes = 8,
    Transcripts = 3,
    Kmers = 4,
    KmerKeys = 9,
    KmerValues = 10,
    KmerRuns = 11,
    ExonEnds = 5,
    ExonStarts = 6,
    Repeats = 7,
}
