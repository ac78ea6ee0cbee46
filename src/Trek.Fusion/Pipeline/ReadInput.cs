namespace Trek.Fusion.Pipeline;

/// <summary>
/// One mate's reads as the caller opened them: a FASTQ stream (plain or gzip/BGZF, detected from the
/// bytes), the name errors should cite (a path, "stdin", an upload name) and its length in bytes when
/// known (for progress; null for a pipe). The run takes ownership and disposes the stream.
/// </summary>
public sealed record ReadInput(Stream Stream, string Name, long? Length);
