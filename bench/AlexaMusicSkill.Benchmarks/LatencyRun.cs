using System.Diagnostics;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>
/// Per-turn latency percentiles (BenchmarkDotNet reports means; the budget is on p50 and p99): times every one of
/// many warm turns with the high-resolution clock after a warm-up, and prints the distribution, with the bytes allocated
/// per turn (all threads, precise) and the gen-0 collections during the timed turns: the collections are the tail.
/// </summary>
internal static class LatencyRun
{
    public static async Task RunAsync(int turns)
    {
        foreach (var learned in new[] { false, true })
        {
            var fixture = new TurnFixture(learned);
            for (var i = 0; i < 5_000; i++)
            {
                await fixture.RunAsync();
            }

            var samples = new double[turns];
            var gen0Before = GC.CollectionCount(0);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < turns; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await fixture.RunAsync();
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            var bytesPerTurn = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)turns;
            var gen0 = GC.CollectionCount(0) - gen0Before;
            Array.Sort(samples);
            double P(double q) => samples[(int)Math.Min(samples.Length - 1, Math.Round(q * (samples.Length - 1)))];
            Console.WriteLine($"{(learned ? "learned policy (200 trees)" : "rule-based policy"),-28} turns {turns}: p50 {P(0.5):0.0} µs, p90 {P(0.9):0.0} µs, p99 {P(0.99):0.0} µs, max {samples[^1]:0.0} µs; allocated {bytesPerTurn:0} B/turn, {gen0} gen-0 collections");
        }
    }
}
