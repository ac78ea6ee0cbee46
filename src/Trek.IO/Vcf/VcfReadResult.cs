namespace Trek.IO.Vcf;

/// <summary>One data line: a record, or the reason it could not be read (the reader goes on with the next line).</summary>
public sealed record VcfReadResult(long Line, VcfRecord? Record, string? Error);
