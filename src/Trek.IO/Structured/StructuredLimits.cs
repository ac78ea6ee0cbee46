namespace Trek.IO.Structured;

/// <summary>
/// Bounds on a YAML or JSON document a person hands Trek (issue 15: a "billion laughs" document hung
/// `trek eligibility`, 100,000 levels of nesting crashed it). A clinical record is a few kilobytes, a few levels
/// deep and a few hundred values; the bounds are orders of magnitude above that and far below harm.
/// </summary>
public static class StructuredLimits
{
    /// <summary>Largest document read, in bytes (1 MiB).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most values (scalars, mappings, sequences) after YAML aliases are expanded.</summary>
    public const int MaxNodes = 100_000;
}
