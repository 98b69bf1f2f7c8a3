using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Policy;

/// <summary>
/// What the dialogue knows when it asks for a decision: the taste so far, what was asked and offered, what the listener
/// turned down (in this conversation and before), and how the conversation is going. The dialogue builds it from its
/// state and the listener's profile, so candidate generation and the policy never depend on the dialogue's own types.
/// </summary>
public sealed record DecisionQuery
{
    /// <summary>The index of this decision in the conversation.</summary>
    public int Turn { get; init; }

    public TasteConstraints Taste { get; init; } = TasteConstraints.None;

    /// <summary>The act of the input that triggered this decision.</summary>
    public UserAct Trigger { get; init; } = UserAct.Launch;

    public int AskedOpen { get; init; }

    public int AskedMood { get; init; }

    public int AskedGenre { get; init; }

    public int AskedEra { get; init; }

    public int SamplesOffered { get; init; }

    public int ArtistsOffered { get; init; }

    public int StationsOffered { get; init; }

    public int Rejections { get; init; }

    /// <summary>Offer keys (<see cref="OfferKeys"/>) already offered in this conversation; never offered twice.</summary>
    public IReadOnlyList<string> Offered { get; init; } = [];

    /// <summary>Offer keys the listener turned down in this conversation; never offered again.</summary>
    public IReadOnlyList<string> Rejected { get; init; } = [];

    /// <summary>Tracks the listener turned down in earlier conversations (their profile).</summary>
    public IReadOnlyList<string> RejectedBefore { get; init; } = [];

    /// <summary>The listener's history (their profile), for affinity.</summary>
    public IReadOnlyList<string> Liked { get; init; } = [];

    public IReadOnlyList<string> Played { get; init; } = [];

    /// <summary>Smoothed understanding confidence in [0, 1].</summary>
    public double Understanding { get; init; } = 1.0;

    public int FallbackStreak { get; init; }

    /// <summary>Sentiment scores of recent reactions, oldest first.</summary>
    public IReadOnlyList<double> Sentiments { get; init; } = [];
}
