using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue;

/// <summary>Everything the turn logic uses, built once at cold start; every side effect stays outside (ports).</summary>
public sealed class DialogueServices
{
    public DialogueServices(
        ICatalog catalog,
        IPolicyAssignment policies,
        ExplorationSettings exploration,
        IRandomSource random,
        TimeProvider clock,
        IAffinityModel? affinity = null,
        CandidateSettings? candidates = null)
    {
        Catalog = catalog;
        Policies = policies;
        Exploration = exploration;
        Random = random;
        Clock = clock;
        Interpreter = new MeaningInterpreter(catalog);
        Affinity = affinity ?? NoAffinity.Instance;
        Candidates = new CandidateGenerator(catalog, candidates, Affinity);
        Features = new FeatureExtractor(catalog);
        Stations = new StationBuilder(catalog);
        var planner = new Conversation.StationPlanner(Stations);
        Renderer = new PromptRenderer(catalog, (seed, state) => planner.Plan(seed, state));
    }

    public ICatalog Catalog { get; }

    public IPolicyAssignment Policies { get; }

    public ExplorationSettings Exploration { get; }

    /// <summary>Personalization from the listener's profile (no affinity until a model is shipped).</summary>
    public IAffinityModel Affinity { get; }

    public IRandomSource Random { get; }

    public TimeProvider Clock { get; }

    public MeaningInterpreter Interpreter { get; }

    public CandidateGenerator Candidates { get; }

    public FeatureExtractor Features { get; }

    public PromptRenderer Renderer { get; }

    public StationBuilder Stations { get; }

    /// <summary>A conversation is over, whatever its state says, this long after its last turn.</summary>
    public static readonly TimeSpan ConversationTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Decisions after which we stop asking and apologise (keeps state bounded and listeners unharmed).</summary>
    public const int MaxTurns = 100;

    public string NewConversationId()
    {
        // From the injected random source, so simulations are reproducible from their seed.
        var high = (ulong)(Random.NextDouble() * (1UL << 52));
        var low = (ulong)(Random.NextDouble() * (1UL << 52));
        return "c" + high.ToString("x13", System.Globalization.CultureInfo.InvariantCulture) + low.ToString("x13", System.Globalization.CultureInfo.InvariantCulture);
    }
}
