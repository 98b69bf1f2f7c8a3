using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// A conversation begins: the skill was opened, the listener asked for music in a new session, or a reply arrived
/// after the last conversation ended (it starts a new one with what it says). The listener's arm and whether this
/// conversation explores are drawn here, once. A request with attributes plays at once; otherwise the first decision.
/// </summary>
internal sealed class StartReaction(IPolicyAssignment policies, ExplorationShare exploration, Func<string> newConversationId, TurnEnding ending) : IReaction
{
    public bool Handles(ConversationTurn turn) =>
        turn.Act == UserAct.Launch || !turn.IsLive || (turn.Act is UserAct.FindMusic or UserAct.PlayRequest && turn.Input.NewSession);

    public TurnEffects React(ConversationTurn turn)
    {
        var input = turn.Input;
        var records = new List<LogRecord>(2);
        if (turn.Live is { } previous)
        {
            records.Add(TurnEnding.Abandoned(input, previous, "new_session"));
        }

        var meaning = input.Meaning;
        var assigned = policies.Assign(input.UserKey);
        var state = new DialogueState
        {
            ConversationId = newConversationId(),
            StartedAt = input.Now,
            LastTurnAt = input.Now,
            Exploring = exploration.Draw(),
            Arm = assigned.Arm,
            PolicyVersion = assigned.Policy.Version,
            Taste = TasteUpdates.FromMeaning(meaning),
            LastAct = meaning.Act,
            Understanding = meaning.Confidence,
            RecentRequestIds = [input.RequestId],
        };

        if (meaning.Act == UserAct.PlayRequest && meaning.HasAttributes)
        {
            // The listener took the lead: music at once, seeded by everything they said.
            var direct = ending.PlayWhatWasAsked(input, turn.Snapshot, state);
            return direct with { Records = [.. records, .. direct.Records] };
        }

        var cue = meaning.Act switch
        {
            UserAct.Launch => turn.Snapshot.Profile.Conversations > 0 ? Cue.WelcomeBack : Cue.Welcome,
            _ when meaning.HasAttributes => Cue.Answered,
            _ => Cue.Start,
        };
        return ending.DecideAndAsk(input, turn.Snapshot, state, cue, records);
    }
}
