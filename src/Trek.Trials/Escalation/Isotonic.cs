namespace Trek.Trials.Escalation;

/// <summary>Weighted isotonic (non-decreasing) regression by the pool-adjacent-violators algorithm (Barlow et al. 1972).</summary>
public static class Isotonic
{
    /// <summary>Replaces <paramref name="values"/> in place by their weighted non-decreasing fit.</summary>
    public static void Pava(Span<double> values, ReadOnlySpan<double> weights)
    {
        var n = values.Length;
        Span<double> level = stackalloc double[n];
        Span<double> blockWeight = stackalloc double[n];
        Span<int> blockSize = stackalloc int[n];
        var blocks = 0;
        for (var i = 0; i < n; i++)
        {
            level[blocks] = values[i];
            blockWeight[blocks] = weights[i];
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && level[blocks - 2] > level[blocks - 1])
            {
                var w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                level[blocks - 2] = (level[blocks - 2] * blockWeight[blocks - 2] + level[blocks - 1] * blockWeight[blocks - 1]) / w;
                blockWeight[blocks - 2] = w;
                blockSize[blocks - 2] += blockSize[blocks - 1];
                blocks--;
            }
        }

        var k = 0;
        for (var b = 0; b < blocks; b++)
        {
            for (var j = 0; j < blockSize[b]; j++)
            {
                values[k++] = level[b];
            }
        }
    }
}
