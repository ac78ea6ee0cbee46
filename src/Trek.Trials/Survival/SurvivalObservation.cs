namespace Trek.Trials.Survival;

/// <summary>One subject's follow-up: time from origin, and whether it ended in the event (true) or was censored (false).</summary>
public readonly record struct SurvivalObservation(double Time, bool Event);
