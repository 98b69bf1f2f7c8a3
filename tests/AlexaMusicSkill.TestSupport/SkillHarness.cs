using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.Users;
using Xunit;

namespace AlexaMusicSkill.TestSupport;

/// <summary>
/// The full request → response path in-process for tests: raw JSON through <see cref="SkillFunction"/>, the engine,
/// a store of the test's choice (in memory by default, dynalite for DynamoDB tests), records kept in memory.
/// </summary>
public sealed class SkillHarness
{
    public const string Secret = "test-secret-key-0123456789";

    /// <param name="policies">Arms for a staged rollout; when given, <paramref name="policy"/> is ignored.</param>
    public SkillHarness(IUserStateStore? store = null, ICatalog? catalog = null, IDialoguePolicy? policy = null, ExplorationSettings? exploration = null, TimeProvider? clock = null, int seed = 7, IPolicyAssignment? policies = null)
    {
        Clock = clock ?? TimeProvider.System;
        Store = store ?? new InMemoryUserStateStore(Clock);
        Catalog = catalog ?? TestCatalog.Catalog;
        Log = new InMemoryEventLog();
        var services = new DialogueServices(Catalog, policies ?? new SinglePolicyAssignment(policy ?? new RuleBasedPolicy()), exploration ?? ExplorationSettings.None, new SeededRandom((ulong)(seed)), Clock);
        Engine = new DialogueEngine(services, Store, Records, UserKeyHasher.FromText(Secret), Log);
        Function = new SkillFunction(AlexaRequests.LocalSkillId, Engine, Log);
    }

    public TimeProvider Clock { get; }

    public IUserStateStore Store { get; }

    public ICatalog Catalog { get; }

    public InMemoryDecisionLog Records { get; } = new();

    public InMemoryEventLog Log { get; }

    public DialogueEngine Engine { get; }

    public SkillFunction Function { get; }

    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(7);

    public static string UserKeyOf(string userId) => UserKeyHasher.FromText(Secret).KeyFor(userId);

    public static string PersonKeyOf(string personId) => UserKeyHasher.FromText(Secret).PersonKeyFor(personId);

    /// <summary>Sends the request as JSON bytes through the whole path and parses the response JSON back.</summary>
    public async Task<SkillResponse> SendAsync(SkillRequest request, CancellationToken cancellationToken = default)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(AlexaJson.SerializeRequest(request));
        var outcome = await Function.InvokeAsync(bytes, new InvocationContext(request.Request?.RequestId ?? "test", Clock.GetUtcNow() + Deadline), cancellationToken);
        var answered = Assert.IsType<InvocationOutcome.Answered>(outcome);
        return AlexaJson.DeserializeResponse(System.Text.Encoding.UTF8.GetString(answered.ResponseUtf8));
    }

    /// <summary>Sends a voice request and carries the session attributes forward, like Alexa.</summary>
    public async Task<SkillResponse> SayAsync(AlexaRequests requests, SkillRequest request)
    {
        var response = await SendAsync(request);
        requests.Remember(response);
        return response;
    }
}

/// <summary>Keeps operational log lines in memory so tests can assert on them.</summary>
public sealed class InMemoryEventLog : IEventLog
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    public bool IsEnabled(LogLevel level) => true;

    public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string?>>? fields = null, Exception? error = null)
    {
        lock (_entries)
        {
            _entries.Add((level, message + (error is null ? string.Empty : " " + error)));
        }
    }
}
