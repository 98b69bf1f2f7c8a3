using BenchmarkDotNet.Attributes;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>A warm turn's own work (budget: p50 ≤ 50 µs, p99 ≤ 200 µs with a 200-tree model over 30 candidates).</summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private TurnFixture _rules = null!;
    private TurnFixture _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = new TurnFixture(learnedPolicy: false);
        _model = new TurnFixture(learnedPolicy: true);
    }

    [Benchmark(Baseline = true)]
    public Task RuleBasedPolicyTurn() => _rules.RunAsync();

    [Benchmark]
    public Task LearnedPolicyTurn200Trees() => _model.RunAsync();
}
