using Trek.Cli.Commands.Fusion;
using Trek.Core;
using Trek.Fusion;

namespace Trek.Cli.Validation;

/// <summary>
/// Bounds of `trek fusions` parameters, checked at the command-line edge so nonsense is refused with
/// one line instead of silently changing the calls (issue 15): a negative support, a NaN mismatch
/// rate, a thread count that would allocate gigabytes, a sample name that would break the TSV.
/// The bounds are documented in docs/cli.md.
/// </summary>
internal static class FusionArguments
{
    /// <summary>Upper bound of --threads: each worker holds its own read batches, and beyond the cores it only costs memory.</summary>
    public const int MaxThreads = 256;

    /// <summary>Longest --sample name (it is written into every provenance header).</summary>
    public const int MaxSampleLength = 200;

    public static void Check(FusionOptions options, int threads, string? sample)
    {
        if (threads is < 1 or > MaxThreads)
        {
            throw new UsageException($"--threads {threads}: give 1 to {MaxThreads} (this machine has {Environment.ProcessorCount} cores)");
        }

        if (options.MinSupport < 1)
        {
            throw new UsageException($"--min-support {options.MinSupport}: give at least 1 fragment");
        }

        if (options.MinAnchor < 1)
        {
            throw new UsageException($"--min-anchor {options.MinAnchor}: give at least 1 base");
        }

        // NaN fails every comparison, so the range is written as what is allowed.
        if (!(options.MaxMismatchRate >= 0 && options.MaxMismatchRate < 0.5))
        {
            throw new UsageException($"--max-mismatch-rate {options.MaxMismatchRate.ToString(System.Globalization.CultureInfo.InvariantCulture)}: give a fraction from 0 up to (not including) 0.5");
        }

        if (sample is not null)
        {
            CheckSample(sample);
        }
    }

    /// <summary>A sample name goes into a TSV header and a `sample` column: no tab, newline or other control character.</summary>
    public static void CheckSample(string sample)
    {
        if (sample.Trim().Length == 0)
        {
            throw new UsageException("--sample: the name is empty");
        }

        if (sample.Any(char.IsControl))
        {
            throw new UsageException("--sample: the name contains a tab, newline or other control character, which would break the TSV");
        }

        if (sample.Length > MaxSampleLength)
        {
            throw new UsageException($"--sample: the name has {sample.Length} characters; at most {MaxSampleLength}");
        }
    }

    /// <summary>Every gene the user named must be in the index; a name differing only by case gets a hint.</summary>
    public static void CheckGenesKnown(string option, IEnumerable<string> requested, IEnumerable<string> known)
    {
        var names = known.ToHashSet(StringComparer.Ordinal);
        foreach (var gene in requested.Where(g => !names.Contains(g)))
        {
            var sameButCase = names.FirstOrDefault(n => string.Equals(n, gene, StringComparison.OrdinalIgnoreCase));
            throw new UsageException(sameButCase is not null
                ? $"{option}: no gene `{gene}` in the index; gene names are case-sensitive: did you mean `{sameButCase}`?"
                : $"{option}: no gene `{gene}` in the index{Suggestions.Hint(gene, names)}");
        }
    }

    /// <summary>The user's own --novel-genes list (not the default kinase list, which a panel index may hold only in part).</summary>
    public static IReadOnlyList<string>? NovelGenes(string? value) => GeneList.Parse(value, "--novel-genes");
}
