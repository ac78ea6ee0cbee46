namespace Trek.Trials.Survival;

/// <summary>
/// The transformation used for the pointwise confidence band of a survival curve, as R survfit's
/// conf.type. Tools differ in their default (R: log; SAS PROC LIFETEST: log-log), so outputs always print it.
/// </summary>
public enum ConfidenceType
{
    /// <summary>exp(log S ± z·se(log S)), upper capped at 1: R's default.</summary>
    Log,

    /// <summary>exp(-exp(log(-log S) ∓ z·se/log S)): SAS's default; undefined where S is 0 or 1.</summary>
    LogLog,

    /// <summary>S ± z·S·se(log S), clipped to [0, 1] (Klein &amp; Moeschberger eq. 4.3.1).</summary>
    Plain,
}
