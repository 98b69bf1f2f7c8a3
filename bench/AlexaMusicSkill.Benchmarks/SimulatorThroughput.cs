using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Simulation.Populations;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>
/// Simulated conversations per second on all cores (budget ≥ 5,000 on 2): the built-in population served by the
/// rule-based policy, greedy and exploring. With <paramref name="recordsPath"/> every record is serialized and written
/// as JSON lines there (the cost a logged run pays); without it records are dropped.
/// </summary>
internal static class SimulatorThroughput
{
    public static void Run(int conversations, string? recordsPath = null)
    {
        var catalog = BuiltInCatalog.Load("https://media.musicfinder.example.com");
        const int perListener = 5;
        var population = SyntheticPopulation.Create(catalog, Math.Max(1, conversations / perListener), seed: 1);
        var simulator = new ConversationSimulator();
        var arms = new[]
        {
            new PolicyArm("rules", new RuleBasedPolicy()),
            new PolicyArm("rules-exploring", new RuleBasedPolicy()) { Exploration = new ExplorationSettings(1.0, 0.3) },
        };

        // Warm-up: JIT and the catalog index.
        simulator.Run(new SimulationPlan(SyntheticPopulation.Create(catalog, 200, seed: 2), arms[0], perListener, 2));
        foreach (var arm in arms)
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            using var sink = recordsPath is null ? null : new JsonLinesRecordSink(recordsPath);
            var run = simulator.Run(new SimulationPlan(population, arm, perListener, 3), sink);
            cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var accepted = run.Conversations.Count(c => c.Accepted);
            var turns = run.Conversations.Where(c => c.Accepted).Select(c => c.Turns).DefaultIfEmpty().Average();
            Console.WriteLine(
                $"{arm.Name,-16} {run.Conversations.Count,8:N0} conversations in {run.Elapsed.TotalSeconds,6:F2} s = {run.ConversationsPerSecond,8:N0}/s on {Environment.ProcessorCount} cores; " +
                $"{run.Conversations.Count / cpu.TotalSeconds:N0} per CPU-second; success {accepted / (double)run.Conversations.Count:P1}, turns to success {turns:F2}, decisions {run.Conversations.Sum(c => c.Turns):N0}" +
                (sink is null ? "; records dropped" : $"; {sink.RecordsWritten:N0} records written"));
        }
    }
}
