using System.Diagnostics;
using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Gate;
using AlexaMusicSkill.Offline.Personalization;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Offline.Training;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// The anchor's two A/B tests, in simulation: (i) log conversations of the exploring rule-based policy as JSONL,
/// (ii) train the prompt-usefulness reward regressor on them, (iii) estimate the learned policy offline and ask the
/// gate, (iv) A/B rule-based vs learned vs learned with affinity and a larger candidate set on fresh listeners, and
/// (v) write the report and charts. A second log (exploring rules with affinity and the larger candidate set) trains
/// the third arm's model, as the anchor's second A/B followed new data.
/// </summary>
/// Rewards, estimators and the gate are the Offline library's own (Rewards/, Evaluation/).
public sealed class ExperimentRunner(GateSettings? gate = null)
{
    private readonly GateSettings _gate = gate ?? new GateSettings();

    public ExperimentResult Run(ExperimentOptions options, IExperimentProgress? progress = null, string? commit = null, CancellationToken cancellationToken = default)
    {
        progress ??= SilentProgress.Instance;
        var clock = Stopwatch.StartNew();
        var stages = new Dictionary<string, TimeSpan>();
        var output = Path.GetFullPath(options.OutputDirectory);
        Directory.CreateDirectory(Path.Combine(output, "logs"));
        Directory.CreateDirectory(Path.Combine(output, "models"));
        var simulator = new ConversationSimulator(options.Simulator);
        var rules = new RuleBasedPolicy();

        var populations = Step("Building listener populations", stages, progress, () => ExperimentPopulations.Create(options));
        var affinityArtifact = Step("Training the affinity model (ALS)", stages, progress, () =>
            new AlsAffinityTrainer(options.Affinity with { Seed = options.Affinity.Seed }).Train(populations.AffinityInteractions, $"als-{populations.Logging.Name}-{options.Seed}"));
        File.WriteAllText(Path.Combine(output, "models", "affinity.json"), AffinityJsonContext.Serialize(affinityArtifact));
        var affinity = new EmbeddingAffinityModel(affinityArtifact);

        var loggingArm = new PolicyArm("logging", rules) { Exploration = options.LoggingExploration };
        var first = LogAndLearn("1", loggingArm, populations, simulator, options, output, rules, null, stages, progress, cancellationToken);
        var firstPolicy = new LearnedPolicy(first.Model, new TreeEnsembleScorer(first.Model));
        var affinityLoggingArm = loggingArm with { Name = "logging-affinity", Affinity = affinity, Candidates = options.LargeCandidates };
        var second = LogAndLearn("2", affinityLoggingArm, populations, simulator, options, output, firstPolicy, first.Model.ModelVersion, stages, progress, cancellationToken);
        var secondPolicy = new LearnedPolicy(second.Model, new TreeEnsembleScorer(second.Model));

        List<PolicyArm> arms =
        [
            new("rules", rules),
            new("learned", firstPolicy),
            new("learned+affinity+large", secondPolicy) { Affinity = affinity, Candidates = options.LargeCandidates },
        ];
        if (options.DiagnosticArms)
        {
            // Not part of the anchor's design: they separate what affinity ranking and the larger set each do.
            arms.Add(new("rules+affinity", rules) { Affinity = affinity });
            arms.Add(new("learned-2+affinity", secondPolicy) { Affinity = affinity });
        }

        var abSeed = SeededRandom.Mix(options.Seed, 99);
        var results = new List<ArmResult>(arms.Count);
        foreach (var arm in arms)
        {
            var started = clock.Elapsed;
            var plan = new SimulationPlan(populations.Testing, arm, populations.TestingPerListener, abSeed) { Parallelism = options.Parallelism };
            progress.Begin($"A/B arm '{arm.Name}'", plan.ConversationCount);
            var sink = new RewardingSink();
            var run = simulator.Run(plan, sink, progress.Advance, cancellationToken);
            results.Add(new ArmResult(arm, run, sink.Rewards, options.Bootstrap(7)));
            progress.End();
            stages[$"A/B arm {arm.Name}"] = clock.Elapsed - started;
        }

        var result = new ExperimentResult(options, commit ?? "unknown", populations.Description, affinityArtifact, first, second, results,
            _gate, stages, clock.Elapsed);
        Step("Writing the report and charts", stages, progress, () => ExperimentReport.Write(result, output));
        return result;
    }

    private LoggedStage LogAndLearn(
        string name,
        PolicyArm loggingArm,
        ExperimentPopulations populations,
        ConversationSimulator simulator,
        ExperimentOptions options,
        string output,
        IDialoguePolicy production,
        string? productionModel,
        Dictionary<string, TimeSpan> stages,
        IExperimentProgress progress,
        CancellationToken cancellationToken)
    {
        var path = Path.Combine(output, "logs", $"{loggingArm.Name}.jsonl");
        var plan = new SimulationPlan(populations.Logging, loggingArm, populations.LoggingPerListener, SeededRandom.Mix(options.Seed, 10 + name[0]))
        {
            Parallelism = options.Parallelism,
        };
        var timer = Stopwatch.StartNew();
        progress.Begin($"Logging {plan.ConversationCount:N0} conversations ({loggingArm.Name})", plan.ConversationCount);
        SimulationRun run;
        using (var sink = new JsonLinesRecordSink(path))
        {
            run = simulator.Run(plan, sink, progress.Advance, cancellationToken);
        }

        progress.End();
        stages[$"log {name}: simulate and write"] = timer.Elapsed;

        var data = Step($"Reading log {name} and computing rewards", stages, progress, () =>
            LogDataset.Read(path, options.TestShare, (int)(options.Seed % int.MaxValue)));
        var model = Step($"Training reward model {name} ({options.Training.Trees} trees)", stages, progress, () =>
            new RewardModelTrainer(options.Training).TrainTrees(data.Training, $"gbt-{populations.Logging.Name}-{name}-{options.Seed}"));
        File.WriteAllText(Path.Combine(output, "models", $"learned-{name}.json"), PolicyModelLoader.Serialize(model));

        var scorer = new TreeEnsembleScorer(model);
        var learned = new LearnedPolicy(model, scorer);
        var bootstrap = new BootstrapSettings(options.OffPolicyResamples, (int)(options.Seed % int.MaxValue));
        var (estimates, productionEstimates, diagnostics, decision) = Step($"Off-policy evaluation and gate {name}", stages, progress, () =>
        {
            // q̂ was fitted on the training conversations only, so DR and the gate never grade a model on its own data.
            var candidate = EvaluationData.Build(data.Evaluation, new DialoguePolicyTarget(learned, "learned-" + name), scorer);
            var current = EvaluationData.Build(data.Evaluation, new DialoguePolicyTarget(production), scorer);
            IReadOnlyList<IOffPolicyEstimator> estimators = [.. EstimatorDefaults.Turn, .. EstimatorDefaults.Episode];
            return (estimators.Select(e => e.Estimate(candidate, bootstrap)).ToList(), estimators.Select(e => e.Estimate(current, bootstrap)).ToList(),
                WeightDiagnostics.Of(candidate), DeploymentGate.Check(candidate, current, _gate));
        });
        return new LoggedStage(loggingArm, path, run, data.Summary, data.Training.Count, data.Evaluation.Turns.Count, model, estimates, productionEstimates,
            diagnostics, productionModel is null ? production.Version : "learned " + productionModel, decision);
    }

    private static T Step<T>(string stage, Dictionary<string, TimeSpan> stages, IExperimentProgress progress, Func<T> work)
    {
        var timer = Stopwatch.StartNew();
        progress.Begin(stage, 1);
        var result = work();
        progress.Advance(1);
        progress.End();
        stages[stage] = timer.Elapsed;
        return result;
    }
}
