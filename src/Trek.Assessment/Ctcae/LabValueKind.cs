namespace Trek.Assessment.Ctcae;

/// <summary>How a reported lab value bounds the true value: exactly, or censored below/above a limit.</summary>
public enum LabValueKind
{
    Exact,

    /// <summary>"&lt;x": the true value is in [0, x).</summary>
    Below,

    /// <summary>"&lt;=x": [0, x].</summary>
    AtMost,

    /// <summary>"&gt;x": (x, ∞).</summary>
    Above,

    /// <summary>"&gt;=x": [x, ∞).</summary>
    AtLeast,
}
