namespace Trek.Trials.Escalation;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood, OOPSLA 2014): a tiny, fast generator with a fixed, documented
/// output for a given seed on every platform and .NET version, which System.Random does not promise.
/// One generator per simulated trial, seeded from (seed, trial index), so results do not depend on
/// thread scheduling.
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public static SplitMix64 ForTrial(ulong seed, long trial)
    {
        var mixer = new SplitMix64(seed ^ (0x9E3779B97F4A7C15UL * (ulong)(trial + 1)));
        return new SplitMix64(mixer.NextUInt64());
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);
}
