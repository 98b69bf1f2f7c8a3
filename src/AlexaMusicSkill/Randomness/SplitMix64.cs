namespace AlexaMusicSkill.Randomness;

/// <summary>
/// Steele, Lea and Flood's SplitMix64: a tiny, fast, seedable generator. It seeds <see cref="SeededRandom"/> and mixes
/// sub-stream seeds; as a struct it is also the cheapest generator for tight resampling loops.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64() => Next(ref _state);

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, n) by the multiply-shift method (bias below 2^-32 for our sizes).</summary>
    public int NextIndex(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double NextGaussian()
    {
        var u = 1.0 - NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * NextDouble());
    }

    /// <summary>One step of the generator on <paramref name="state"/>: the output for the state it advanced to.</summary>
    public static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
