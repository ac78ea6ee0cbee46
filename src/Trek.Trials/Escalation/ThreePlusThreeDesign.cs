namespace Trek.Trials.Escalation;

/// <summary>
/// The traditional 3+3 design (Storer, Biometrics 1989;45:925-37, design "A+B" with A = B = 3, as
/// described by Le Tourneau et al., JNCI 2009;101:708-20): cohorts of 3 enrolled as patients arrive,
/// accrual suspended until the cohort's DLT windows close; 0/3 escalate, 1/3 expand to 6, ≤1/6
/// escalate, ≥2 DLTs close the dose. The MTD is the highest dose with at most 1 DLT in 6 patients: on
/// de-escalation a dose with only 3 patients is expanded to 6, and a dose that would escalate into a
/// closed dose (or past the top) is expanded to 6 before it is declared.
/// </summary>
public sealed class ThreePlusThreeDesign : IEscalationDesign
{
    public string Name => "3+3";

    public int MaxPatients(int doses) => 6 * doses;

    public Decision Decide(TrialState state, double now)
    {
        while (true)
        {
            var c = state.Current;
            var (n, dlts, pending) = state.At(c, now);
            if (dlts >= 2)
            {
                // Two DLTs at a dose are decisive whatever the third patient shows.
                state.Closed = Math.Min(state.Closed, c);
                state.Current = c - 1;
                if (state.Current < 0)
                {
                    return Decision.Stop(-1);
                }

                continue;
            }

            if (n < 3 || (n > 3 && n < 6))
            {
                return Decision.Enroll(c);
            }

            if (pending > 0)
            {
                return Decision.Wait;
            }

            if (n == 3 && dlts == 1)
            {
                return Decision.Enroll(c);
            }

            // 0/3 or ≤1/6: escalate if the next dose is open, otherwise this dose is the MTD once it has 6.
            if (c + 1 < state.Closed)
            {
                state.Current = c + 1;
                continue;
            }

            return n == 6 ? Decision.Stop(c) : Decision.Enroll(c);
        }
    }
}
