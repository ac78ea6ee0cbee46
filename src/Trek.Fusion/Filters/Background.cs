namespace Trek.Fusion.Filters;

/// <summary>
/// The partner-unknown background of one kinase gene: how many fragments enter each of its internal exon
/// starts from sequence not in the index. Unspliced pre-mRNA spreads such reads over all exon starts at
/// similar levels; a fusion, driven by its partner's promoter, piles them on one or two. A site stands out
/// when both hold:
/// <list type="bullet">
/// <item>relative: its support is at least 3 times the median of the gene's other exon starts (exon starts
/// without such reads count as 0, so two fusions on one gene never hide each other);</item>
/// <item>absolute: its support is far above noise, the Poisson upper tail P(X &gt;= support) at the mean of the
/// other exon starts below 0.001 divided by the number of exon starts (Bonferroni over the gene's sites).</item>
/// </list>
/// The Poisson model is a floor, not a fit: pre-mRNA counts are over-dispersed, which is why the relative
/// test stays.
/// </summary>
public sealed record Background(int ExonStarts, double Median, double Mean, double TailProbability)
{
    public const double Dominance = 3.0;
    public const double FamilyAlpha = 0.001;

    public bool StandsOut(long support) => support >= Dominance * Median && TailProbability < FamilyAlpha / Math.Max(1, ExonStarts);

    /// <summary>
    /// The background a site with <paramref name="support"/> is judged against: the other exon starts of its
    /// gene, <paramref name="others"/> holding the support of those that have any (at most exonStarts - 1 values).
    /// </summary>
    public static Background Of(long support, IReadOnlyList<long> others, int exonStarts)
    {
        var slots = Math.Max(exonStarts - 1, others.Count);
        var values = new long[slots];
        for (var i = 0; i < others.Count; i++)
        {
            values[i] = others[i];
        }

        Array.Sort(values);
        var median = slots == 0 ? 0 : slots % 2 == 1 ? values[slots / 2] : (values[(slots / 2) - 1] + values[slots / 2]) / 2.0;
        var mean = slots == 0 ? 0 : (double)others.Sum() / slots;
        return new Background(Math.Max(exonStarts, others.Count + 1), median, mean, PoissonUpperTail(support, mean));
    }

    /// <summary>P(X &gt;= k) for X ~ Poisson(lambda), summed in log space (exact for the counts seen here).</summary>
    public static double PoissonUpperTail(long k, double lambda)
    {
        if (k <= 0)
        {
            return 1;
        }

        if (lambda <= 0)
        {
            return 0;
        }

        // P(X < k) = sum_{i<k} e^-l l^i / i!; the tail is 1 minus it, summed from the top term down when k > lambda for accuracy.
        var logTerm = (k * Math.Log(lambda)) - lambda - LogFactorial(k);
        var tail = 0.0;
        var term = Math.Exp(logTerm);
        for (var i = k; i < k + 10_000 && term > 0; i++)
        {
            tail += term;
            term *= lambda / (i + 1);
            if (term < tail * 1e-17)
            {
                break;
            }
        }

        return Math.Min(1, tail);
    }

    private static double LogFactorial(long n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
