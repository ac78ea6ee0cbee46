namespace Trek.Assessment.Ctcae;

/// <summary>A lab row that was read but not graded, and why (reported, never silently dropped).</summary>
public sealed record SkippedLab(string Subject, DateOnly Date, string Test, string? Value, string Reason, string Source, long Line);
