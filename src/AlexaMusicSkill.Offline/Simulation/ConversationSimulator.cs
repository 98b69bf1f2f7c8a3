using AlexaMusicSkill.Offline.Devices;
using System.Diagnostics;
using System.Globalization;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.Users;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>What to simulate: who, served by what, how many conversations each, from which seed.</summary>
public sealed record SimulationPlan(ListenerPopulation Population, PolicyArm Arm, int ConversationsPerListener, ulong Seed)
{
    /// <summary>Worker threads (listeners are spread over them; results do not depend on it).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public int ConversationCount => Population.Listeners.Count * ConversationsPerListener;
}

/// <summary>The conversations of a run, in listener order, and how long it took.</summary>
public sealed record SimulationRun(SimulationPlan Plan, IReadOnlyList<SimulatedConversation> Conversations, TimeSpan Elapsed)
{
    public double ConversationsPerSecond => Conversations.Count / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// Drives the real skill in-process with simulated listeners, through the same <see cref="SkillFunction"/> entry as
/// Lambda, chat and serve (its typed overload: no JSON, but the skill-id check and the apology fallback), with the
/// same device as local chat (<see cref="DeviceSession"/>): requests built as objects, in-memory state
/// and profiles, the same policy, candidates, features and exploration as production. Listeners run in parallel;
/// each conversation draws from its own seeded streams (listener behaviour and the engine's exploration apart),
/// and time is simulated, so the same seed gives the same conversations and the same records.
/// </summary>
public sealed class ConversationSimulator(SimulatorOptions? options = null)
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    private const int ConversationsPerChunk = 256;
    private const int MaxRequestsPerConversation = 400;
    private static readonly TimeSpan BetweenReplies = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan BetweenConversations = TimeSpan.FromHours(2);

    private readonly SimulatorOptions _options = (options ?? SimulatorOptions.Default).Validated();

    public SimulatorOptions Options => _options;

    /// <param name="sink">Receives the decision log in chunks (none: records are dropped).</param>
    /// <param name="progress">Told how many more conversations finished (from worker threads).</param>
    public SimulationRun Run(SimulationPlan plan, IRecordSink? sink = null, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var listeners = plan.Population.Listeners;
        var perListener = plan.ConversationsPerListener;
        var listenersPerChunk = Math.Max(1, ConversationsPerChunk / Math.Max(1, perListener));
        var chunks = (listeners.Count + listenersPerChunk - 1) / listenersPerChunk;
        var results = new SimulatedConversation[listeners.Count * perListener];
        var similarity = new TargetSimilarity(_options, plan.Population.Truth);
        var artistIds = plan.Population.Catalog.Artists.Select(a => a.Id).ToArray();
        var hasher = UserKeyHasher.FromText("simulated-listeners-" + plan.Seed.ToString(CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();

        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, plan.Parallelism), CancellationToken = cancellationToken },
            () => new Worker(plan, hasher, sink is not null),
            (chunk, _, worker) =>
            {
                var first = chunk * listenersPerChunk;
                var last = Math.Min(listeners.Count, first + listenersPerChunk);
                for (var l = first; l < last; l++)
                {
                    RunListener(plan, worker, similarity, artistIds, l, results);
                }

                if (sink is not null)
                {
                    sink.Write(chunk, worker.Records.Drain());
                }

                progress?.Invoke((last - first) * perListener);
                return worker;
            },
            _ => { });

        return new SimulationRun(plan, results, clock.Elapsed);
    }

    private void RunListener(SimulationPlan plan, Worker worker, TargetSimilarity similarity, string[] artistIds, int index, SimulatedConversation[] results)
    {
        var population = plan.Population;
        var listener = population.Listeners[index];
        var userId = "amzn1.ask.account.sim-" + listener.Id;
        var userKey = worker.Hasher.KeyFor(userId);
        var traits = new SeededRandom(SeededRandom.Mix(plan.Seed, index, 0, 1));
        var patience = 1 + (_options.PatienceSpread * ((2 * traits.NextDouble()) - 1));
        var targetOffset = traits.Next(listener.TargetArtistIds.Count);

        worker.Clock.Set(SimulatedClock.Epoch + TimeSpan.FromMinutes(index));
        worker.Store.SaveProfileAsync(ProfileOwner.Account(userKey), population.ProfileOf(listener), 0, SimulatedClock.Epoch.AddYears(10), CancellationToken.None).GetAwaiter().GetResult();
        for (var c = 0; c < plan.ConversationsPerListener; c++)
        {
            var target = population.TargetFor(listener.TargetArtistIds[(targetOffset + c) % listener.TargetArtistIds.Count]);
            worker.EngineRandom.Reseed(SeededRandom.Mix(plan.Seed, index, c, 2));
            var behaviour = new SeededRandom(SeededRandom.Mix(plan.Seed, index, c, 3));
            var simulated = new SimulatedListener(_options, similarity, population.Truth, target, patience, behaviour, artistIds);
            results[(index * plan.ConversationsPerListener) + c] = RunConversation(worker, simulated, userId, $"sim.{listener.Id}.{c}", index, c, target);
            worker.Clock.Advance(BetweenConversations);
        }

        worker.Store.DeleteUserAsync(userKey, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static SimulatedConversation RunConversation(Worker worker, SimulatedListener listener, string userId, string name, int index, int number, ListenerTarget target)
    {
        worker.Device.Begin(userId, name);
        var reply = listener.Open();
        var actions = new List<ActionType>(8);
        string? conversationId = null;
        string? pendingAction = null;
        OfferedContent? pendingOffer = null;
        for (var request = 0; request < MaxRequestsPerConversation; request++)
        {
            var envelope = worker.Device.VoiceRequest(ReplyRequests.For(reply), worker.Clock.GetUtcNow());
            var context = new InvocationContext(envelope.Request!.RequestId!, worker.Clock.GetUtcNow() + TimeSpan.FromSeconds(7));
            var answer = worker.Function.InvokeAsync(envelope, context, CancellationToken.None).GetAwaiter().GetResult();
            var response = answer.Response ?? throw new InvalidOperationException($"The skill refused a simulated request: {answer.Refusal?.Message}");
            worker.Device.Remember(response);
            worker.Clock.Advance(BetweenReplies);
            var account = answer.Account;
            conversationId ??= account?.ConversationId;

            if (account is { SessionEnded: true } || DeviceSession.EndsSession(response) || reply.Abandons)
            {
                var accepted = account?.Outcome == OutcomeRecord.Accepted;
                var via = !accepted ? null : reply.IsPlayRequest ? SimulatedConversation.ViaDirect : ActionId.TryParse(pendingAction)?.Type.ToWire();
                return new SimulatedConversation(index, number, conversationId ?? string.Empty, target.ArtistId, accepted, actions.Count, via, actions, listener.Tally);
            }

            var reasked = account?.ActionId is null;
            if (account?.ActionId is { } chosen)
            {
                pendingAction = chosen;
                pendingOffer = account.Offered;
                actions.Add(ActionId.TryParse(chosen)!.Value.Type);
            }

            reply = pendingAction is null ? listener.Open() : listener.Respond(pendingAction, pendingOffer ?? new OfferedContent(), reasked);
        }

        throw new InvalidOperationException($"Conversation {name} did not end within {MaxRequestsPerConversation} requests.");
    }

    /// <summary>One thread's engine, store, clock and streams; reused for every listener that thread runs.</summary>
    private sealed class Worker
    {
        public Worker(SimulationPlan plan, UserKeyHasher hasher, bool keepRecords)
        {
            Hasher = hasher;
            Store = new InMemoryUserStateStore(Clock);
            Records = new RecordBuffer(keepRecords);
            var arm = plan.Arm;
            Function = new SkillComposition
            {
                SkillId = SkillId,
                Catalog = plan.Population.Catalog,
                Store = Store,
                Decisions = Records,
                Users = hasher,
                Log = SilentEventLog.Instance,
                Policies = arm.Rollout ?? new SinglePolicyAssignment(arm.Policy, arm.Name),
                Exploration = arm.Exploration,
                Random = EngineRandom,
                Clock = Clock,
                Affinity = arm.Affinity,
                Candidates = arm.Candidates,
            }.Build();
        }

        public SimulatedClock Clock { get; } = new();

        public SeededRandom EngineRandom { get; } = new(0);

        public UserKeyHasher Hasher { get; }

        public InMemoryUserStateStore Store { get; }

        public RecordBuffer Records { get; }

        public SkillFunction Function { get; }

        public DeviceSession Device { get; } = new(SkillId, string.Empty, "amzn1.ask.device.SIMULATED", supportsAudioPlayer: true);
    }

    /// <summary>A worker's records until its chunk is handed to the sink (or nothing, when no one wants them).</summary>
    private sealed class RecordBuffer(bool keep) : IDecisionLog
    {
        private List<LogRecord> _records = [];

        public void Append(LogRecord record)
        {
            if (keep)
            {
                _records.Add(record);
            }
        }

        public List<LogRecord> Drain()
        {
            var drained = _records;
            _records = [];
            return drained;
        }
    }
}

/// <summary>The engine's operational log, unwanted in simulation.</summary>
internal sealed class SilentEventLog : IEventLog
{
    public static SilentEventLog Instance { get; } = new();

    public bool IsEnabled(LogLevel level) => false;

    public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string?>>? fields = null, Exception? error = null)
    {
    }
}
