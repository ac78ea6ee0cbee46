using System.Diagnostics;
using FsCheck.Fluent;
using Trek.Core;

namespace Trek.Fuzz;

/// <summary>
/// Runs one target for a bounded time: draws inputs from the FsCheck mutation generator in batches, feeds each to
/// the parser on a worker with a per-input timeout, and classifies the outcome. The input being run is kept in
/// current.bin so that a crash that kills the process (a stack overflow) still leaves its input behind.
/// </summary>
internal sealed class Campaign(FuzzTarget target, Repository repo, string outDir, TimeSpan budget, TimeSpan perInput)
{
    public long Executions { get; private set; }

    public long Refused { get; private set; }

    /// <summary>Unmutated seeds refused by a later stage (e.g. a transcript FASTA that does not match the synthetic GTF); reported, not a crash.</summary>
    public int SeedsRefused { get; private set; }

    public int SeedCount { get; private set; }

    public CrashLog Crashes { get; } = new(Path.Combine(outDir, target.Name));

    /// <summary>Runs until the budget is spent; false when an input hung (the worker cannot be stopped, so the run ends there).</summary>
    public bool Run()
    {
        var seeds = target.Seeds(repo);
        var generator = Mutations.Inputs(seeds);
        var dir = Path.Combine(outDir, target.Name);
        var scratch = Path.Combine(dir, "scratch");
        Directory.CreateDirectory(scratch);
        var current = Path.Combine(dir, "current.bin");
        var clock = Stopwatch.StartNew();

        // Every seed first, unmutated.
        SeedCount = seeds.Count;
        foreach (var seed in seeds)
        {
            if (!RunOne(seed, scratch, current, isSeed: true))
            {
                return false;
            }
        }

        while (clock.Elapsed < budget)
        {
            foreach (var input in generator.Sample(64, 200))
            {
                if (!RunOne(input, scratch, current, isSeed: false))
                {
                    return false;
                }

                if (clock.Elapsed >= budget)
                {
                    break;
                }
            }
        }

        File.Delete(current);
        return true;
    }

    private bool RunOne(byte[] input, string scratch, string current, bool isSeed)
    {
        File.WriteAllBytes(current, input);
        Executions++;
        var work = Task.Factory.StartNew(() => target.Execute(input, scratch), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!work.Wait(perInput))
            {
                Crashes.Add("hang: no answer within " + perInput.TotalSeconds + " s", input, "the input was still being parsed when the per-input timeout ran out");
                return false;
            }
        }
        catch (AggregateException agg) when (agg.InnerExceptions.Count == 1)
        {
            var ex = agg.InnerExceptions[0];
            if (ex is InputException)
            {
                Refused += isSeed ? 0 : 1;
                SeedsRefused += isSeed ? 1 : 0;
                return true;
            }

            Crashes.Add(CrashLog.Signature(ex), input, ex.ToString());
        }

        return true;
    }
}
