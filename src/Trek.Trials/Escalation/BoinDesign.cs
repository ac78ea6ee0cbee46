namespace Trek.Trials.Escalation;

/// <summary>
/// BOIN (Liu &amp; Yuan 2015) with cohorts enrolled as patients arrive and accrual suspended until the
/// cohort's DLT windows close, as the BOIN R package's get.oc simulates (no time-to-event extension).
/// The trial stops at the maximum sample size or when the lowest dose is eliminated; the MTD is chosen
/// by isotonic regression as the package's select.mtd does.
/// </summary>
public sealed class BoinDesign : IEscalationDesign
{
    private readonly BoinBoundaries _boundaries;
    private readonly int _cohortSize;
    private readonly int _maxPatients;
    private readonly int[] _eliminateAtLeast;

    public BoinDesign(double target, int cohortSize, int maxPatients)
    {
        _boundaries = new BoinBoundaries(target);
        _cohortSize = cohortSize;
        _maxPatients = maxPatients;
        _eliminateAtLeast = new int[maxPatients + 1];
        for (var n = 0; n <= maxPatients; n++)
        {
            _eliminateAtLeast[n] = _boundaries.EliminateAtLeast(n) ?? int.MaxValue;
        }
    }

    public string Name => "boin";

    public BoinBoundaries Boundaries => _boundaries;

    public int MaxPatients(int doses) => _maxPatients;

    public Decision Decide(TrialState state, double now)
    {
        var c = state.Current;
        if (state.Count - state.CohortStart < _cohortSize && state.Count < _maxPatients)
        {
            return Decision.Enroll(c);
        }

        var (n, y, pending) = state.At(c, now);
        if (pending > 0)
        {
            return Decision.Wait;
        }

        if (y >= _eliminateAtLeast[n])
        {
            state.Closed = Math.Min(state.Closed, c);
            if (c == 0)
            {
                return Decision.Stop(-1);
            }

            state.Current = c - 1;
        }
        else if (y <= _boundaries.EscalateAtMost(n) && c + 1 < state.Closed)
        {
            state.Current = c + 1;
        }
        else if (y >= _boundaries.DeescalateAtLeast(n) && c > 0)
        {
            state.Current = c - 1;
        }

        if (state.Count >= _maxPatients)
        {
            return Decision.Stop(SelectMtd(state));
        }

        state.CohortStart = state.Count;
        return Decision.Enroll(state.Current);
    }

    /// <summary>
    /// BOIN select.mtd: among tried doses below the first eliminated one, PAVA on (y + 0.05)/(n + 0.1)
    /// weighted by the inverse posterior variance, ties broken by adding i·1e-10, then the dose whose
    /// estimate is closest to the target.
    /// </summary>
    internal int SelectMtd(TrialState state)
    {
        Span<int> tried = stackalloc int[state.Doses];
        Span<double> estimate = stackalloc double[state.Doses];
        Span<double> weight = stackalloc double[state.Doses];
        var m = 0;
        for (var d = 0; d < state.Closed; d++)
        {
            var (n, y) = state.Final(d);
            if (n == 0)
            {
                continue;
            }

            tried[m] = d;
            estimate[m] = (y + 0.05) / (n + 0.1);
            var variance = (y + 0.05) * (n - y + 0.05) / ((n + 0.1) * (n + 0.1) * (n + 0.1 + 1));
            weight[m] = 1 / variance;
            m++;
        }

        if (m == 0)
        {
            return -1;
        }

        Isotonic.Pava(estimate[..m], weight[..m]);
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var i = 0; i < m; i++)
        {
            var distance = Math.Abs(estimate[i] + (i + 1) * 1e-10 - _boundaries.Target);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return tried[best];
    }
}
