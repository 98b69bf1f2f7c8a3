using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Offline.Experiments;
using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Personalization;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Simulation.Populations;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.Simulation;

public sealed class ConversationSimulatorTests
{
    private static readonly MusicCatalog Catalog = BuiltInCatalog.Load("https://media.example.com");
    private static readonly ListenerPopulation Population = SyntheticPopulation.Create(Catalog, 120, seed: 5);

    private static SimulationPlan Plan(PolicyArm arm, ulong seed = 9, int parallelism = 2) =>
        new(Population, arm, 3, seed) { Parallelism = parallelism };

    private static readonly PolicyArm Exploring = new("exploring", new RuleBasedPolicy()) { Exploration = new ExplorationSettings(1.0, 0.3) };

    [Fact]
    public void Run_SameSeed_SameConversationsAndSameLogBytes_WhateverTheThreads()
    {
        var directory = Directory.CreateTempSubdirectory("sim-determinism").FullName;
        var (a, bytesA) = RunToFile(Plan(Exploring, parallelism: 1), Path.Combine(directory, "a.jsonl"));
        var (b, bytesB) = RunToFile(Plan(Exploring, parallelism: 2), Path.Combine(directory, "b.jsonl"));
        Assert.Equal(Describe(a), Describe(b));
        Assert.Equal(bytesA, bytesB);

        var (c, _) = RunToFile(Plan(Exploring, seed: 10), Path.Combine(directory, "c.jsonl"));
        Assert.NotEqual(Describe(a), Describe(c));
    }

    [Fact]
    public void Run_WritesProductionRecords_OneOutcomePerConversation()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sim-records").FullName, "log.jsonl");
        var (run, _) = RunToFile(Plan(Exploring), path);
        var records = RecordLog.Records([path]).ToList();
        var decisions = records.OfType<DecisionRecord>().ToList();
        var outcomes = records.OfType<OutcomeRecord>().ToList();

        Assert.Equal(run.Conversations.Count, outcomes.Count);
        Assert.Equal(run.Conversations.Sum(c => c.Turns), decisions.Count);
        Assert.Equal(run.Conversations.Count(c => c.Accepted), outcomes.Count(o => o.Outcome == OutcomeRecord.Accepted));
        Assert.All(decisions, d =>
        {
            Assert.True(d.Exploring);
            Assert.InRange(d.Propensity, 1e-9, 1.0);
            Assert.Contains(d.Candidates, c => c.Action == d.Chosen);
            Assert.InRange(d.Candidates.Count, 1, CandidateSettings.Default.MaxCandidates);
            Assert.Equal(1.0, d.Candidates.Sum(c => c.Probability), 6);
        });
        Assert.All(outcomes, o => Assert.Equal(decisions.Count(d => d.ConversationId == o.ConversationId), o.Turns));
    }

    [Fact]
    public void Run_RuleBasedPolicy_MostConversationsEndInMusicWithinAFewTurns()
    {
        var run = new ConversationSimulator().Run(Plan(new PolicyArm("rules", new RuleBasedPolicy())), cancellationToken: TestContext.Current.CancellationToken);
        var success = run.Conversations.Count(c => c.Accepted) / (double)run.Conversations.Count;
        Assert.InRange(success, 0.5, 0.9);
        Assert.InRange(run.Conversations.Where(c => c.Accepted).Average(c => c.Turns), 2, 8);
        Assert.Equal(ActionType.AskOpen, run.Conversations.First(c => c.Actions.Count > 0 && c.Tally.Leads == 0).Actions[0]);
    }

    [Fact]
    public void Run_WithAffinityModel_CandidatesCarryTheListenersAffinity()
    {
        var artifact = new AlsAffinityTrainer(new AffinityTrainingOptions { Iterations = 3, Dimensions = 8 })
            .Train(ExperimentPopulations.HistoryInteractions(Population));
        var arm = Exploring with { Affinity = new EmbeddingAffinityModel(artifact), Candidates = CandidateSettings.Large };
        var path = Path.Combine(Directory.CreateTempSubdirectory("sim-affinity").FullName, "log.jsonl");
        RunToFile(Plan(arm), path);
        var decisions = RecordLog.Records([path]).OfType<DecisionRecord>().ToList();
        var samples = decisions.SelectMany(d => d.Candidates).Where(c => c.Action.StartsWith("play_sample:", StringComparison.Ordinal)).ToList();
        Assert.True(samples.Count(c => c.Affinity is not null) > 0.9 * samples.Count);
        var affinityFeature = FeatureSchema.IndexOf("affinity");
        Assert.All(samples.Where(c => c.Affinity is not null), c => Assert.Equal((float)c.Affinity!.Value, c.Features[affinityFeature]));
        Assert.Contains(decisions, d => d.Candidates.Count > CandidateSettings.Default.MaxCandidates);
    }

    private static (SimulationRun Run, byte[] Bytes) RunToFile(SimulationPlan plan, string path)
    {
        SimulationRun run;
        using (var sink = new JsonLinesRecordSink(path))
        {
            run = new ConversationSimulator().Run(plan, sink, cancellationToken: TestContext.Current.CancellationToken);
        }

        return (run, File.ReadAllBytes(path));
    }

    private static string Describe(SimulationRun run) => string.Join("\n", run.Conversations.Select(c =>
        $"{c.Listener}/{c.Index} {c.ConversationId} {c.TargetArtistId} {c.Accepted} {c.Turns} {c.AcceptedVia} {string.Join(",", c.Actions)}"));
}
