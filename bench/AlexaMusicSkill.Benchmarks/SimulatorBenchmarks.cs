using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Simulation.Populations;
using AlexaMusicSkill.Policy;
using BenchmarkDotNet.Attributes;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>
/// 1,000 simulated conversations against the real engine (built-in population, records dropped), on one thread and on
/// all cores: the per-operation time divided by 1,000 is the time per conversation (budget: ≥ 5,000/s on 2 cores).
/// </summary>
[MemoryDiagnoser]
public class SimulatorBenchmarks
{
    private const int Listeners = 200;
    private const int PerListener = 5;
    private readonly ConversationSimulator _simulator = new();
    private ListenerPopulation _population = null!;

    [Params("rules", "rules-exploring")]
    public string Arm { get; set; } = "rules";

    [GlobalSetup]
    public void Setup() => _population = SyntheticPopulation.Create(BuiltInCatalog.Load("https://media.musicfinder.example.com"), Listeners, seed: 1);

    [Benchmark(OperationsPerInvoke = Listeners * PerListener)]
    public SimulationRun OneThread() => _simulator.Run(Plan(1));

    [Benchmark(OperationsPerInvoke = Listeners * PerListener)]
    public SimulationRun AllCores() => _simulator.Run(Plan(Environment.ProcessorCount));

    private SimulationPlan Plan(int parallelism) => new(_population, Policy(), PerListener, 7) { Parallelism = parallelism };

    private PolicyArm Policy() => Arm == "rules"
        ? new PolicyArm("rules", new RuleBasedPolicy())
        : new PolicyArm("rules-exploring", new RuleBasedPolicy()) { Exploration = new ExplorationSettings(1.0, 0.3) };
}
