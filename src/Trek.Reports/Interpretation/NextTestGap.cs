namespace Trek.Reports.Interpretation;

/// <summary>Why `trek test-route` advice could not be given.</summary>
public enum NextTestGap
{
    None,
    TumourTypeMissing,
    AgeGroupMissing,
}
