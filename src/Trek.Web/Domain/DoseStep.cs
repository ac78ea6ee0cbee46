using Trek.Clinical.Dosing;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>
/// One period of the dose history: from <see cref="From"/> the patient was at modification level <see cref="Level"/>
/// (label section 2.3: 0 = starting dose), dosed from the height and weight in effect that day. <see cref="Dose"/> is
/// null with <see cref="Problem"/> saying why when it cannot be computed (e.g. no measurement yet on that day).
/// </summary>
public sealed record DoseStep(
    DateOnly From,
    int Level,
    DoseDirection Direction,
    string Reason,
    BodyMeasurement? Measurement,
    DoseResult? Dose,
    string? Problem);

/// <summary>How a step's level compares with the one before it.</summary>
public enum DoseDirection
{
    /// <summary>The first dose (level 0, the label's starting dose).</summary>
    Start,

    /// <summary>A higher modification level than before: a dose reduction (or discontinuation at level 4).</summary>
    Reduction,

    /// <summary>A lower modification level than before: the dose was raised again.</summary>
    ReEscalation,

    /// <summary>The same level recorded again (e.g. a note with the reason).</summary>
    Unchanged,
}
