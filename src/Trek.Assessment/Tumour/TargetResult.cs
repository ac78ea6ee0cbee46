namespace Trek.Assessment.Tumour;

/// <summary>Target-lesion response at one visit (RECIST 1.1 §4.3.1; RANO 2010 Table 2), with the reason in words.</summary>
public sealed record TargetResult(decimal? Sum, ResponseCategory Response, string Reason);
