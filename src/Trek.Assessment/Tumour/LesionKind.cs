namespace Trek.Assessment.Tumour;

/// <summary>The `kind` column: target, non-target or new lesion (RECIST 1.1 §4.2, §4.3.5).</summary>
public enum LesionKind
{
    Target,
    NonTarget,
    New,
}
