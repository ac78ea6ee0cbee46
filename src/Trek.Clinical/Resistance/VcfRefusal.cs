namespace Trek.Clinical.Resistance;

/// <summary>A record (or one gene's annotations in it) that could not be interpreted, and why; the others are unaffected.</summary>
public sealed record VcfRefusal(long Line, string? Chrom, long? Pos, string? Gene, string Reason);
