namespace Trek.Trials.Escalation;

/// <summary>What a design wants at a moment of the trial.</summary>
public enum DecisionKind
{
    /// <summary>Enrol the next available patient at <see cref="Decision.Dose"/>.</summary>
    Enroll,

    /// <summary>Accrual suspended until more DLT outcomes are known.</summary>
    Wait,

    /// <summary>The trial is over; <see cref="Decision.Dose"/> is the selected MTD, or -1 for none.</summary>
    Stop,
}
