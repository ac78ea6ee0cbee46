namespace Trek.Clinical.TestRoute;

/// <summary>Result of one NTRK assay. <see cref="Weak"/> is for pan-TRK IHC only (equivocal, faint staining).</summary>
public enum AssayResult
{
    NotDone,
    Positive,
    Weak,
    Negative,
    Failed,
}
