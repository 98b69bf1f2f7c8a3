using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// One launch or intent request as the reactions see it: the input, the stored snapshot, and, inside a live
/// conversation, the state with this turn's bookkeeping already done (the reply's sentiment, understanding,
/// fallback streak, goal closeness) and what we last asked or offered. Pure: built from the input and snapshot.
/// </summary>
internal sealed class ConversationTurn
{
    /// <summary>Reactions kept for the closeness estimate (older ones weigh almost nothing by then).</summary>
    private const int MaxSentiments = 8;

    private readonly DialogueState? _state;

    private ConversationTurn(TurnInput input, UserSnapshot snapshot, DialogueState? live)
    {
        Input = input;
        Snapshot = snapshot;
        Live = live;
        if (live is null)
        {
            Sentiment = SentimentScore.Unknown;
            return;
        }

        Pending = ActionId.TryParse(live.Pending?.ActionId);
        PendingItem = Pending is { } p && p.Type.IsItem() ? Pending : null;
        Sentiment = Reaction(input.Meaning, Pending, PendingItem);
        var state = live with
        {
            LastTurnAt = input.Now,
            LastAct = input.Meaning.Act,
            RecentRequestIds = Bounded.Append(live.RecentRequestIds, input.RequestId, 12),
            Understanding = Math.Round((0.6 * live.Understanding) + (0.4 * HeardConfidence(input.Meaning)), 4),
            FallbackStreak = input.Meaning.Act == UserAct.Fallback ? live.FallbackStreak + 1 : 0,
            Sentiments = Sentiment.IsKnown ? Bounded.Append(live.Sentiments, Sentiment.Value, MaxSentiments) : live.Sentiments,
        };

        // Every turn moves closeness, decision or not; a decision re-estimates it with its own candidates.
        _state = state with { Closeness = GoalCloseness.Estimate(state.Sentiments, state.Understanding, state.FallbackStreak, state.MatchConfidence) };
    }

    public static ConversationTurn Read(TurnInput input, UserSnapshot snapshot)
    {
        var stored = snapshot.State;
        var live = stored is { IsActive: true } && input.Now - stored.LastTurnAt < DialogueServices.ConversationTimeout ? stored : null;
        return new ConversationTurn(input, snapshot, live);
    }

    public TurnInput Input { get; }

    public UserSnapshot Snapshot { get; }

    public UserMeaning Meaning => Input.Meaning;

    public UserAct Act => Input.Meaning.Act;

    /// <summary>The stored conversation, when it is still going (not ended, not expired); null otherwise.</summary>
    public DialogueState? Live { get; }

    public bool IsLive => Live is not null;

    /// <summary>The live state with this turn's bookkeeping applied. Only inside a live conversation.</summary>
    public DialogueState State => _state ?? throw new InvalidOperationException("No live conversation: the start reaction handles this turn.");

    /// <summary>What we last asked or offered, if anything.</summary>
    public ActionId? Pending { get; }

    /// <summary>The pending action when it offered an item (sample, artist, station).</summary>
    public ActionId? PendingItem { get; }

    /// <summary>The sentiment this reply carries (unknown for answers, and outside a conversation).</summary>
    public SentimentScore Sentiment { get; }

    /// <summary>
    /// The sentiment this input carries: feedback by its words and slot value; yes, no and skips mildly, but only as
    /// replies to something we offered (an item, or a genre pair for "no"); "more like this" always. Answers to a
    /// question ("no idea") carry none.
    /// </summary>
    private static SentimentScore Reaction(UserMeaning meaning, ActionId? pending, ActionId? pendingItem) => meaning.Act switch
    {
        UserAct.Feedback => SentimentScorer.Score(meaning.Feedback, meaning.HeardFeedbackWords),
        UserAct.MoreLikeThis => ActSentiment.Of(meaning.Act),
        UserAct.Yes or UserAct.SomethingElse or UserAct.Next when pendingItem is not null => ActSentiment.Of(meaning.Act),
        UserAct.No when pendingItem is not null || pending?.Type == ActionType.AskGenre => ActSentiment.Of(meaning.Act),
        _ => SentimentScore.Unknown,
    };

    /// <summary>Asking us to repeat, or for help, is a reprompt in disguise: we were not as clear as we hoped.</summary>
    private static double HeardConfidence(UserMeaning meaning) => meaning.Act switch
    {
        UserAct.Repeat => Math.Min(meaning.Confidence, 0.6),
        UserAct.Help => Math.Min(meaning.Confidence, 0.8),
        _ => meaning.Confidence,
    };
}
