namespace Trek.Trials.Escalation;

/// <summary>
/// The rolling six design (Skolnik et al., J Clin Oncol 2008;26:190-5, Table 1): 2 to 6 patients
/// enrolled concurrently at a dose, each new arrival placed by the number enrolled, with DLT, without DLT
/// and still pending at the current dose. The cells implemented (docs/trials.md lists them all):
/// ≥2 DLTs de-escalate; n &lt; 6 escalate only when every enrolled patient is evaluable without DLT and
/// n ≥ 3 (so 4 enrolled, 0 DLT, 1 pending stays at the same dose level); n = 6 escalate with 0 DLT and
/// ≥5 evaluable or 1 DLT and 6 evaluable, otherwise suspend accrual. The MTD is the highest dose with
/// at most 1 DLT in 6 patients, declared when escalation would enter a closed dose or pass the top.
/// </summary>
public sealed class RollingSixDesign : IEscalationDesign
{
    public string Name => "rolling-six";

    public int MaxPatients(int doses) => 6 * doses;

    public Decision Decide(TrialState state, double now)
    {
        // A late DLT at a dose already left behind closes it and everything above (Skolnik: decisions
        // at a lower level are revisited as its pending patients are evaluated).
        var toxic = state.LowestDoseWithKnownDlts(2, now);
        if (toxic < state.Closed)
        {
            state.Closed = toxic;
        }

        if (state.Current >= state.Closed)
        {
            state.Current = state.Closed - 1;
        }

        while (true)
        {
            var c = state.Current;
            if (c < 0)
            {
                return Decision.Stop(-1);
            }

            var (n, dlts, pending) = state.At(c, now);
            var withoutDlt = n - dlts - pending;
            bool escalate;
            if (n < 6)
            {
                escalate = n >= 3 && dlts == 0 && withoutDlt == n;
                if (!escalate)
                {
                    return Decision.Enroll(c);
                }
            }
            else
            {
                escalate = (dlts == 0 && withoutDlt >= 5) || (dlts == 1 && withoutDlt == 5);
                if (!escalate)
                {
                    return Decision.Wait;
                }
            }

            if (c + 1 < state.Closed)
            {
                state.Current = c + 1;
                continue;
            }

            return n == 6 ? Decision.Stop(c) : Decision.Enroll(c);
        }
    }
}
