using AlexaMusicSkill.Feedback;
using BenchmarkDotNet.Attributes;

namespace AlexaMusicSkill.Benchmarks.Feedback;

/// <summary>
/// The sentiment scorer on typical replies: a slot synonym with its value, a held-out phrasing scored by the word
/// rules alone, and a long contrastive one; plus the goal-closeness estimate over a full sentiment history.
/// Run: dotnet run -c Release --project bench/AlexaMusicSkill.Benchmarks -- --filter '*SentimentScorer*'
/// </summary>
[MemoryDiagnoser]
public class SentimentScorerBenchmarks
{
    private static readonly double[] History = [0.63, -0.4, 0.12, -0.54, 0.59, -0.3, 0.4, 0.86];

    [Benchmark(Baseline = true)]
    public double SlotValueWithWords() => SentimentScorer.Score("LOVE_IT", "i love it").Value;

    [Benchmark]
    public double HeldOutWordsOnly() => SentimentScorer.Score(null, "kinda boring honestly").Value;

    [Benchmark]
    public double LongContrastiveComplaint() => SentimentScorer.Score(null, "that's really not bad but honestly a little too chill for me").Value;

    [Benchmark]
    public double Closeness() => GoalCloseness.Estimate(History, 0.82, 1, 0.74);
}
