using System.CommandLine;
using System.Globalization;
using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill simulate --out logs/sim.jsonl</c>: simulated listeners talk to the real engine in-process (policy
/// "rules" or a model file, exploring as asked) and the decision log is written as the function writes it, ready for
/// <c>train</c> and <c>evaluate</c>. Prints success, turns and throughput.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "The JSONL decision log to write", Required = true };
        var policy = new Option<string>("--policy") { Description = "'rules' or a model artifact file", DefaultValueFactory = _ => "rules" };
        var candidate = new Option<string?>("--candidate") { Description = "Stage a candidate policy ('rules' or a model file) for a share of listeners, as the function does with CANDIDATE_POLICY" };
        var candidateShare = new Option<double>("--candidate-share") { Description = "Share of listeners (by keyed hash) served by --candidate", DefaultValueFactory = _ => 0.2 };
        var listeners = new Option<int>("--listeners") { Description = "Synthetic listeners (built-in population)", DefaultValueFactory = _ => 10_000 };
        var perListener = new Option<int>("--conversations-per-listener") { DefaultValueFactory = _ => 5 };
        var share = new Option<double>("--exploration-share") { Description = "Share of conversations that explore", DefaultValueFactory = _ => 1.0 };
        var epsilon = new Option<double>("--epsilon") { Description = "ε of exploring conversations", DefaultValueFactory = _ => 0.3 };
        var affinity = new Option<string?>("--affinity") { Description = "An affinity model file (personalizes candidates and fills the affinity feature)" };
        var large = new Option<bool>("--large-candidates") { Description = "The research arm's larger candidate set" };
        var seed = new Option<ulong>("--seed") { DefaultValueFactory = _ => 2021UL };
        var histories = PopulationOptions.HistoriesOption();
        var media = PopulationOptions.MediaOption();
        var command = new Command("simulate", "Simulate listeners against the skill and write the decision log");
        foreach (var option in new Option[] { output, policy, candidate, candidateShare, listeners, perListener, share, epsilon, affinity, large, seed, histories, media })
        {
            command.Add(option);
        }

        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(console, () =>
        {
            // Throughput work with large transient buffers: blocking collections keep the heap (and RSS) tight.
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
            var count = result.GetValue(listeners);
            var conversations = result.GetValue(perListener);
            if (count < 1 || conversations < 1 || result.GetValue(share) is < 0 or > 1 || result.GetValue(epsilon) is < 0 or > 1)
            {
                throw new UserErrorException("--listeners and --conversations-per-listener must be at least 1; --exploration-share and --epsilon in [0, 1].");
            }

            var production = LogInputs.Policy(result.GetValue(policy)!);
            var staged = result.GetValue(candidate) is { } candidateSpec ? LogInputs.Policy(candidateSpec) : null;
            if (staged is not null && result.GetValue(candidateShare) is < 0 or > 1)
            {
                throw new UserErrorException("--candidate-share must be in [0, 1].");
            }

            var arm = new PolicyArm("simulated", production)
            {
                Rollout = staged is null ? null : new AlexaMusicSkill.Policy.Rollout.SplitPolicyAssignment(production, staged, result.GetValue(candidateShare)),
                RolloutDescription = staged is null ? null : $"candidate {staged.Version} for {result.GetValue(candidateShare):P0} of listeners",
                Exploration = new ExplorationSettings(result.GetValue(share), result.GetValue(epsilon)),
                Affinity = result.GetValue(affinity) is { } file ? LoadAffinity(file) : NoAffinity.Instance,
                Candidates = result.GetValue(large) ? CandidateSettings.Large : CandidateSettings.Default,
            };
            var population = PopulationOptions.Create(result.GetValue(histories), count, result.GetValue(seed), result.GetValue(media)!);
            var plan = new SimulationPlan(population, arm, conversations, result.GetValue(seed));
            var path = result.GetValue(output)!;
            var run = SpectreProgress.Run(console, progress =>
            {
                progress.Begin($"Simulating {plan.ConversationCount:N0} conversations", plan.ConversationCount);
                using var sink = new JsonLinesRecordSink(path);
                var simulated = new ConversationSimulator().Run(plan, sink, progress.Advance, cancellationToken);
                progress.End();
                return simulated;
            });

            var accepted = run.Conversations.Where(c => c.Accepted).ToList();
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Conversations.Count:N0} conversations ({population.Description}) in {run.Elapsed.TotalSeconds:0.0} s = {run.ConversationsPerSecond:N0}/s; success {accepted.Count / (double)run.Conversations.Count:P1}, turns to success {(accepted.Count == 0 ? 0 : accepted.Average(c => c.Turns)):0.00}"));
            console.Out.WriteLine($"{arm.Describe()}; simulator {SimulatorOptions.Version} ({SimulatorOptions.Default.Fingerprint()})");
            console.Out.WriteLine($"wrote {path}");
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static EmbeddingAffinityModel LoadAffinity(string file)
    {
        if (!File.Exists(file))
        {
            throw new UserErrorException($"no affinity model at {file}.");
        }

        try
        {
            return new EmbeddingAffinityModel(AffinityJsonContext.Parse(File.ReadAllText(file)));
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
        {
            throw new UserErrorException($"{file} is not a usable affinity model: {e.Message}");
        }
    }
}
