using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// xoshiro256** seeded through SplitMix64: fast, the same on every runtime version (unlike System.Random's seeded
/// algorithm, which is not promised), and re-seedable, so a worker can give each conversation its own stream and a
/// run is reproducible however conversations are spread over threads. Not thread-safe.
/// </summary>
public sealed class SimRandom : IRandomSource
{
    private ulong _s0, _s1, _s2, _s3;

    public SimRandom(ulong seed) => Reseed(seed);

    /// <summary>A seed for a sub-stream, mixed from a run seed and indices (listener, conversation, purpose).</summary>
    public static ulong Mix(ulong seed, long a, long b = 0, long c = 0)
    {
        var x = seed;
        x = SplitMix(ref x) ^ (ulong)a;
        x = SplitMix(ref x) ^ (ulong)b;
        x = SplitMix(ref x) ^ (ulong)c;
        return SplitMix(ref x);
    }

    public void Reseed(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextDouble() * maxExclusive);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
