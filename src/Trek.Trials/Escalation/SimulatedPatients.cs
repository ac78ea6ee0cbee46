namespace Trek.Trials.Escalation;

/// <summary>
/// The patients of one simulated trial, shared by every design for a fair comparison: the i-th patient
/// to enrol arrives an exponential gap after the (i-1)-th (Poisson accrual) and has a uniform DLT
/// tolerance u_i; given dose d they have a DLT iff u_i &lt; p_d (so a patient who has a DLT at a dose
/// would have one at every higher dose, the usual latent-tolerance model, O'Quigley et al. 1990).
/// </summary>
public sealed class SimulatedPatients
{
    public SimulatedPatients(int capacity)
    {
        Gaps = new double[capacity];
        Tolerances = new double[capacity];
    }

    public double[] Gaps { get; }

    public double[] Tolerances { get; }

    public void Fill(ulong seed, long trial, double meanDaysBetweenPatients)
    {
        var rng = SplitMix64.ForTrial(seed, trial);
        for (var i = 0; i < Gaps.Length; i++)
        {
            Gaps[i] = -meanDaysBetweenPatients * Math.Log(1 - rng.NextDouble());
            Tolerances[i] = rng.NextDouble();
        }
    }
}
