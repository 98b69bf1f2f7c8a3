using AlexaMusicSkill.Offline.Personalization;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Offline.Training;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// What one experiment run does: on which population, how many logged and A/B conversations, from which seed, with
/// which logging exploration and training settings, and where its logs, models, report and charts go.
/// The simulator's own parameters are not here: they are frozen in <see cref="SimulatorOptions"/>.
/// </summary>
public sealed record ExperimentOptions
{
    /// <summary>Everything the run writes goes under this folder (never commit it for research populations).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The HetRec 2011 Last.fm folder for the real-listener population; null for the built-in population.</summary>
    public string? LastFmDirectory { get; init; }

    public string MediaBaseUrl { get; init; } = "https://media.musicfinder.example.com";

    /// <summary>Conversations simulated with the exploring rule-based policy for each training log.</summary>
    public int LoggedConversations { get; init; } = 50_000;

    /// <summary>Conversations per arm of the A/B test (fresh listeners, the same ones for every arm).</summary>
    public int AbConversations { get; init; } = 20_000;

    /// <summary>Conversations per synthetic listener (the HetRec population spreads the count over its users).</summary>
    public int ConversationsPerListener { get; init; } = 5;

    public ulong Seed { get; init; } = 2021;

    /// <summary>How the logging policy explores: every conversation, ε-greedy.</summary>
    public ExplorationSettings LoggingExploration { get; init; } = new(1.0, 0.3);

    public RewardModelOptions Training { get; init; } = new();

    public AffinityTrainingOptions Affinity { get; init; } = new();

    /// <summary>Candidate settings of the third arm (the anchor's "larger candidate set").</summary>
    public CandidateSettings LargeCandidates { get; init; } = CandidateSettings.Large;

    /// <summary>
    /// Share of logged conversations held out of training for off-policy evaluation and the gate. Half: with ~28
    /// candidates at ε = 0.3 the learned policy's largest weight is ~90, and a fifth of 50,000 conversations left the
    /// gate below its effective-sample-size floor; the regressor loses little with half the rows.
    /// </summary>
    public double TestShare { get; init; } = 0.5;

    /// <summary>Bootstrap resamples (over listeners) of each off-policy estimate.</summary>
    public int OffPolicyResamples { get; init; } = 500;

    /// <summary>Bootstrap resamples (over listeners) of each A/B interval.</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>Also run rule-based with affinity ranking, and the second model with the default candidate set
    /// (diagnostics that separate the two halves of the third arm; not arms of the anchor's A/B).</summary>
    public bool DiagnosticArms { get; init; } = true;

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public SimulatorOptions Simulator { get; init; } = SimulatorOptions.Default;

    public bool Quick { get; init; }

    /// <summary>The A/B intervals' bootstrap: its own seed for each <paramref name="purpose"/>, from the run's seed.</summary>
    public BootstrapSettings Bootstrap(ulong purpose) => new(BootstrapResamples, (int)((Seed + purpose) % int.MaxValue));

    /// <summary>A small version for tests and smoke runs: seconds, not minutes; same steps.</summary>
    public static ExperimentOptions QuickRun(string outputDirectory, ulong seed = 2021) => new()
    {
        OutputDirectory = outputDirectory,
        LoggedConversations = 4_000,
        AbConversations = 2_000,
        Seed = seed,
        Training = new RewardModelOptions { Trees = 40, Leaves = 16, MinimumExamplesPerLeaf = 20 },
        Affinity = new AffinityTrainingOptions { Iterations = 4, Dimensions = 16 },
        BootstrapResamples = 200,
        OffPolicyResamples = 100,
        DiagnosticArms = false,
        Quick = true,
    };
}
