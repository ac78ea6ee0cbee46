namespace Trek.IO.Sam;

/// <summary>A SAM file's header lines (`@HD`, `@SQ`, ... as written) and its reference lengths from `@SQ SN: LN:`.</summary>
public sealed record SamHeader(IReadOnlyList<string> Lines, IReadOnlyDictionary<string, long> References);
