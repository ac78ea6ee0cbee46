using Trek.Core;

namespace Trek.Trials.Escalation;

/// <summary>
/// Simulates many trials of several designs on the same patients: trial k draws one patient stream
/// (arrival gaps and DLT tolerances, from seed and k alone) and every design runs on it. Trials are
/// split into fixed blocks run in parallel and summed in block order, so results are identical for a
/// seed whatever the thread count.
/// </summary>
public static class EscalationSimulator
{
    /// <summary>
    /// Bound on dose levels (issue 15). Phase 1 escalations have a handful of levels, rarely more than ten; each
    /// simulated trial costs up to 6 patients per level per design, so the cost is linear in levels x trials,
    /// and 100 levels x 1,000,000 trials is the most Trek will start.
    /// </summary>
    public const int MaxDoseLevels = 100;

    /// <summary>Bound on simulated trials (issue 15): 10^6 gives a Monte-Carlo SD of at most 0.05 percentage points.</summary>
    public const int MaxTrials = 1_000_000;

    private const int BlockSize = 2048;

    public static IReadOnlyList<DesignSummary> Run(EscalationSettings settings, IReadOnlyList<IEscalationDesign> designs)
    {
        Validate(settings);
        var p = settings.DltProbabilities.ToArray();
        var doses = p.Length;
        var capacity = designs.Max(d => d.MaxPatients(doses)) + 1;
        var blocks = (settings.Trials + BlockSize - 1) / BlockSize;
        var results = new Accumulator[blocks][];
        Parallel.For(0, blocks, block =>
        {
            var patients = new SimulatedPatients(capacity);
            var state = new TrialState(p, settings.DltWindowDays, capacity);
            var acc = designs.Select(_ => new Accumulator(doses)).ToArray();
            var end = Math.Min(settings.Trials, (block + 1) * BlockSize);
            for (var trial = block * BlockSize; trial < end; trial++)
            {
                patients.Fill(settings.Seed, trial, settings.MeanDaysBetweenPatients);
                for (var d = 0; d < designs.Count; d++)
                {
                    var outcome = TrialRunner.Run(designs[d], state, patients);
                    acc[d].Add(outcome, state);
                }
            }

            results[block] = acc;
        });

        return designs.Select((design, d) =>
        {
            var total = new Accumulator(doses);
            foreach (var block in results)
            {
                total.Merge(block[d]);
            }

            return total.Summarize(design.Name, settings.Trials);
        }).ToArray();
    }

    private static void Validate(EscalationSettings s)
    {
        if (s.DltProbabilities.Count == 0)
        {
            throw new InputException("the DLT probabilities need at least one dose");
        }

        if (s.DltProbabilities.Count > MaxDoseLevels)
        {
            throw new InputException($"at most {MaxDoseLevels} dose levels can be simulated (got {s.DltProbabilities.Count}; docs/trials.md)");
        }

        for (var i = 0; i < s.DltProbabilities.Count; i++)
        {
            var v = s.DltProbabilities[i];
            if (!(v >= 0 && v <= 1))
            {
                throw new InputException($"DLT probability of dose {i + 1} must be between 0 and 1 (got {v})");
            }

            if (i > 0 && v < s.DltProbabilities[i - 1])
            {
                throw new InputException($"DLT probabilities must not decrease with dose (dose {i + 1}: {v} < {s.DltProbabilities[i - 1]})");
            }
        }

        if (!(s.MeanDaysBetweenPatients > 0) || !(s.DltWindowDays > 0))
        {
            throw new InputException("days between patients and the DLT window must be positive");
        }

        if (s.Trials < 1 || s.Trials > MaxTrials)
        {
            throw new InputException($"the number of trials must be between 1 and {MaxTrials:N0} (got {s.Trials}; docs/trials.md)");
        }

        if (s.BoinMaxPatients < s.BoinCohortSize || s.BoinCohortSize < 1)
        {
            throw new InputException("BOIN maximum sample size must be at least one cohort");
        }
    }

    private sealed class Accumulator(int doses)
    {
        private readonly long[] _selected = new long[doses];
        private readonly long[] _patients = new long[doses];
        private readonly long[] _dlts = new long[doses];
        private long _none;
        private double _duration;

        public void Add(TrialRunner.Outcome outcome, TrialState state)
        {
            if (outcome.Mtd >= 0)
            {
                _selected[outcome.Mtd]++;
            }
            else
            {
                _none++;
            }

            _duration += outcome.Duration;
            state.Accumulate(_patients, _dlts);
        }

        public void Merge(Accumulator other)
        {
            for (var d = 0; d < doses; d++)
            {
                _selected[d] += other._selected[d];
                _patients[d] += other._patients[d];
                _dlts[d] += other._dlts[d];
            }

            _none += other._none;
            _duration += other._duration;
        }

        public DesignSummary Summarize(string name, int trials) => new(
            name,
            _selected.Select(x => (double)x / trials).ToArray(),
            (double)_none / trials,
            _patients.Select(x => (double)x / trials).ToArray(),
            _dlts.Select(x => (double)x / trials).ToArray(),
            (double)_patients.Sum() / trials,
            (double)_dlts.Sum() / trials,
            _duration / trials);
    }
}
