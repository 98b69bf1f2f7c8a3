using System.Text;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Users;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>
/// One warm turn, end to end inside the process: request bytes → parse → understand → candidates (built-in catalog)
/// → features → policy → render → serialize. The listener is mid-conversation (mood and era known, a sample pending)
/// and asks for something else.
/// </summary>
internal sealed class TurnFixture
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    public TurnFixture(bool learnedPolicy)
    {
        Catalog = BuiltInCatalog.Load("https://media.musicfinder.example.com");
        var pending = Catalog.Tracks.First(t => t.EraId == "NINETIES" && t.MoodId == "UPBEAT");
        var state = new DialogueState
        {
            ConversationId = "cbench",
            Turn = 3,
            StartedAt = DateTimeOffset.UtcNow,
            LastTurnAt = DateTimeOffset.UtcNow,
            Taste = new TasteConstraints { Mood = "UPBEAT", Era = "NINETIES" },
            Asked = new QuestionCounts(Open: 1, Mood: 1, Era: 1),
            Pending = new PendingPrompt("play_sample:" + pending.Id, 2),
            SamplesOffered = 1,
            Offered = [pending.Id],
        };
        var store = new FixedSnapshotStore(new UserSnapshot("bench", state, 7, UserProfile.Empty, 0));
        IDialoguePolicy policy = learnedPolicy
            ? PolicyModelLoader.Load(PolicyModelLoader.Serialize(SyntheticModels.Trees())).Policy!
            : new RuleBasedPolicy();
        var composition = new SkillComposition
        {
            SkillId = SkillId,
            Catalog = Catalog,
            Store = store,
            Decisions = new NullDecisionLog(),
            Users = UserKeyHasher.FromText("benchmark-secret-0123456789"),
            Log = new NullEventLog(),
            Policies = new SinglePolicyAssignment(policy),
            Exploration = ExplorationSettings.None,
        };
        Function = composition.Build();
        Request = Encoding.UTF8.GetBytes(RequestJson());
    }

    public MusicCatalog Catalog { get; }

    public SkillFunction Function { get; }

    public byte[] Request { get; }

    public Task<InvocationOutcome> RunAsync() =>
        Function.InvokeAsync(Request, new InvocationContext("bench", DateTimeOffset.UtcNow.AddSeconds(7)));

    private static string RequestJson()
    {
        var request = new SkillRequest
        {
            Version = "1.0",
            Session = new Session { New = false, SessionId = "s", Application = new Application { ApplicationId = SkillId }, User = new AlexaUser { UserId = "amzn1.ask.account.BENCH" } },
            Context = new RequestContext
            {
                System = new SystemState
                {
                    Application = new Application { ApplicationId = SkillId },
                    User = new AlexaUser { UserId = "amzn1.ask.account.BENCH" },
                    Device = new Device { DeviceId = "d", SupportedInterfaces = new() { ["AudioPlayer"] = System.Text.Json.JsonDocument.Parse("{}").RootElement } },
                },
            },
            Request = new IntentRequest
            {
                RequestId = "amzn1.echo-api.request.bench",
                Timestamp = DateTimeOffset.UtcNow,
                Locale = "en-US",
                Intent = new Intent { Name = "SomethingElseIntent", ConfirmationStatus = "NONE", Slots = [] },
            },
        };
        return AlexaJson.SerializeRequest(request);
    }

    private sealed class NullDecisionLog : IDecisionLog
    {
        public void Append(Records.LogRecord record)
        {
        }
    }

    private sealed class NullEventLog : IEventLog
    {
        public bool IsEnabled(LogLevel level) => false;

        public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string?>>? fields = null, Exception? error = null)
        {
        }
    }
}
