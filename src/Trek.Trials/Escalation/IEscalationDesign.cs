namespace Trek.Trials.Escalation;

/// <summary>
/// A dose-escalation design as a decision rule over the trial's state at time t (only outcomes whose
/// DLT window has closed by t are known). Implementations keep no state of their own: everything they
/// remember (current dose, closed doses, cohort start) lives in <see cref="TrialState"/>, so one instance
/// serves every simulated trial and thread.
/// </summary>
public interface IEscalationDesign
{
    string Name { get; }

    /// <summary>The most patients one trial can enrol, for sizing the shared patient stream.</summary>
    int MaxPatients(int doses);

    Decision Decide(TrialState state, double now);
}
