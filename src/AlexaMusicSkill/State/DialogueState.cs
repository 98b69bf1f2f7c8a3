using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.State;

public enum ConversationStatus
{
    Active,
    Accepted,
    Abandoned,
}

/// <summary>
/// The dialogue state of one listener's current conversation: versioned, bounded (every list has a cap, so even
/// a 100-turn conversation stays a few KB), and stored as one item. Only meaning, ids and counts: no words.
/// </summary>
public sealed record DialogueState
{
    public const int CurrentSchemaVersion = 1;
    // Above MaxTurns plus a few genre keys, so nothing offered or rejected is ever forgotten within a conversation.
    public const int MaxRememberedItems = 128;

    /// <summary>Phrasing keys remembered: more than one turn says (opening, intro, outro, reprompt, a re-ask's sentence).</summary>
    public const int MaxRecentPhrasings = 10;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string ConversationId { get; init; }

    public ConversationStatus Status { get; init; } = ConversationStatus.Active;

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset LastTurnAt { get; init; }

    /// <summary>How many decisions (policy turns) this conversation has had; the next decision's index.</summary>
    public int Turn { get; init; }

    /// <summary>Drawn once when the conversation starts (probability EXPLORATION_SHARE) and kept.</summary>
    public bool Exploring { get; init; }

    public string Arm { get; init; } = "production";

    public string PolicyVersion { get; init; } = string.Empty;

    public TasteConstraints Taste { get; init; } = TasteConstraints.None;

    /// <summary>What we last offered or asked, so "yes", "no" and answers are read against it.</summary>
    public PendingPrompt? Pending { get; init; }

    public QuestionCounts Asked { get; init; } = new();

    public int SamplesOffered { get; init; }

    public int ArtistsOffered { get; init; }

    public int StationsOffered { get; init; }

    public int Rejections { get; init; }

    /// <summary>Item ids (tracks, artists, stations) already offered in this conversation; never offered twice.</summary>
    public IReadOnlyList<string> Offered { get; init; } = [];

    /// <summary>Item ids the listener turned down; never come back in this conversation.</summary>
    public IReadOnlyList<string> Rejected { get; init; } = [];

    public UserAct LastAct { get; init; } = UserAct.Launch;

    /// <summary>Smoothed understanding confidence in [0, 1] (entity resolution, fallbacks, unusable replies).</summary>
    public double Understanding { get; init; } = 1.0;

    public int FallbackStreak { get; init; }

    /// <summary>Sentiment scores of recent reactions, oldest first.</summary>
    public IReadOnlyList<double> Sentiments { get; init; } = [];

    /// <summary>Goal-closeness estimate in [0, 1] (<see cref="GoalCloseness"/>), updated every turn; null until the first.</summary>
    public double? Closeness { get; init; }

    /// <summary>How well the last decision's candidates matched what the listener asked for, in [0, 1]; null before one.</summary>
    public double? MatchConfidence { get; init; }

    /// <summary>Phrasing keys used recently, so the same sentence is not said in consecutive turns.</summary>
    public IReadOnlyList<string> RecentPhrasings { get; init; } = [];

    /// <summary>Alexa request ids already applied (Lambda may retry a request).</summary>
    public IReadOnlyList<string> RecentRequestIds { get; init; } = [];

    public bool IsActive => Status == ConversationStatus.Active;
}

/// <summary>The action that is waiting for the listener's reply.</summary>
public sealed record PendingPrompt(string ActionId, int Turn);

public sealed record QuestionCounts(int Open = 0, int Mood = 0, int Genre = 0, int Era = 0);
