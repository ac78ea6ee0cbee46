namespace Trek.Reports.Fusions;

/// <summary>fusions.tsv `reading_frame`: in-frame, out-of-frame, stop-codon (in frame but stopped early) or "." (not determined).</summary>
public enum ReadingFrame
{
    NotDetermined,
    InFrame,
    OutOfFrame,
    StopCodon,
}
