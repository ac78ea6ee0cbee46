namespace Trek.Trials.Escalation;

/// <summary>
/// The mutable record of one simulated trial: who was enrolled at which dose and when, whether they
/// have (or will have) a DLT, and the design's bookkeeping. Reset and reused across trials to avoid
/// allocation in the simulation loop.
/// </summary>
public sealed class TrialState
{
    private readonly int[] _dose;
    private readonly double[] _start;
    private readonly bool[] _dlt;

    public TrialState(double[] dltProbabilities, double dltWindowDays, int capacity)
    {
        Probabilities = dltProbabilities;
        Window = dltWindowDays;
        _dose = new int[capacity];
        _start = new double[capacity];
        _dlt = new bool[capacity];
    }

    public double[] Probabilities { get; }

    public int Doses => Probabilities.Length;

    public double Window { get; }

    /// <summary>Patients enrolled so far.</summary>
    public int Count { get; private set; }

    /// <summary>The dose the design is working at (0-based).</summary>
    public int Current { get; set; }

    /// <summary>Doses at or above this index are closed as too toxic; equals <see cref="Doses"/> while all are open.</summary>
    public int Closed { get; set; }

    /// <summary>Patients enrolled when the current cohort began (cohort designs).</summary>
    public int CohortStart { get; set; }

    public void Reset()
    {
        Count = 0;
        Current = 0;
        Closed = Doses;
        CohortStart = 0;
    }

    public void Enroll(int dose, double now, double tolerance)
    {
        _dose[Count] = dose;
        _start[Count] = now;
        _dlt[Count] = tolerance < Probabilities[dose];
        Count++;
    }

    /// <summary>At dose d and time now: enrolled, known DLTs, and patients whose window has not closed.</summary>
    public (int Enrolled, int KnownDlts, int Pending) At(int dose, double now)
    {
        int n = 0, dlts = 0, pending = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_dose[i] != dose)
            {
                continue;
            }

            n++;
            if (_start[i] + Window > now)
            {
                pending++;
            }
            else if (_dlt[i])
            {
                dlts++;
            }
        }

        return (n, dlts, pending);
    }

    /// <summary>The lowest dose with at least <paramref name="dlts"/> known DLTs, or <see cref="Doses"/>.</summary>
    public int LowestDoseWithKnownDlts(int dlts, double now)
    {
        for (var d = 0; d < Doses; d++)
        {
            if (At(d, now).KnownDlts >= dlts)
            {
                return d;
            }
        }

        return Doses;
    }

    /// <summary>The earliest DLT-window close after now, or +∞ if nothing is pending.</summary>
    public double NextCompletionAfter(double now)
    {
        var next = double.PositiveInfinity;
        for (var i = 0; i < Count; i++)
        {
            var end = _start[i] + Window;
            if (end > now && end < next)
            {
                next = end;
            }
        }

        return next;
    }

    public double LastCompletion()
    {
        var last = 0.0;
        for (var i = 0; i < Count; i++)
        {
            last = Math.Max(last, _start[i] + Window);
        }

        return last;
    }

    /// <summary>Adds this trial's patients and DLTs per dose into the accumulators.</summary>
    public void Accumulate(long[] patientsPerDose, long[] dltsPerDose)
    {
        for (var i = 0; i < Count; i++)
        {
            patientsPerDose[_dose[i]]++;
            if (_dlt[i])
            {
                dltsPerDose[_dose[i]]++;
            }
        }
    }

    /// <summary>Final counts (all outcomes known) at a dose, for MTD selection at the end of a trial.</summary>
    public (int N, int Dlts) Final(int dose)
    {
        var (n, y, _) = At(dose, double.PositiveInfinity);
        return (n, y);
    }
}
