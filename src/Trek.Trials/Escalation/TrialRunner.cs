namespace Trek.Trials.Escalation;

/// <summary>
/// Runs one trial as a discrete-event simulation: events are patient arrivals and DLT-window closures.
/// At each event the design decides; a patient who arrives while accrual is suspended waits and is
/// enrolled when it reopens (the next gap counts from that enrolment).
/// </summary>
public static class TrialRunner
{
    public readonly record struct Outcome(int Mtd, double Duration);

    public static Outcome Run(IEscalationDesign design, TrialState state, SimulatedPatients patients)
    {
        state.Reset();
        var next = 0;
        var arrival = patients.Gaps[0];
        var now = 0.0;
        for (var guard = 0; guard < 1_000_000; guard++)
        {
            var decision = design.Decide(state, now);
            if (decision.Kind == DecisionKind.Stop)
            {
                return new Outcome(decision.Dose, Math.Max(now, state.LastCompletion()));
            }

            if (decision.Kind == DecisionKind.Enroll && arrival <= now)
            {
                if (next >= patients.Gaps.Length - 1)
                {
                    throw new InvalidOperationException($"{design.Name} enrolled more than its stated maximum of {patients.Gaps.Length - 1} patients");
                }

                state.Enroll(decision.Dose, now, patients.Tolerances[next]);
                next++;
                arrival = now + patients.Gaps[next];
                continue;
            }

            var completion = state.NextCompletionAfter(now);
            var upcoming = decision.Kind == DecisionKind.Enroll ? Math.Min(arrival, completion) : completion;
            if (double.IsPositiveInfinity(upcoming))
            {
                throw new InvalidOperationException($"{design.Name} waits with nothing pending (a defect in the design rules)");
            }

            now = upcoming;
        }

        throw new InvalidOperationException($"{design.Name} did not finish (a defect in the design rules)");
    }
}
