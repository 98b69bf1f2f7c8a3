using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The listener leaves: stop, cancel, "go home", Alexa ending the session, or "forget me" (which deletes everything
/// we hold for them). A live conversation ends abandoned, with its outcome record.
/// </summary>
internal sealed class EndReaction(TurnEnding ending) : IReaction
{
    public bool Handles(ConversationTurn turn) =>
        turn.Act is UserAct.ForgetMe or UserAct.Stop or UserAct.Cancel or UserAct.NavigateHome or UserAct.SessionEnded;

    public TurnEffects React(ConversationTurn turn) => turn.Act switch
    {
        UserAct.ForgetMe => ForgetMe(turn),
        UserAct.SessionEnded => SessionEnded(turn),
        UserAct.NavigateHome => Goodbye(turn, "navigate_home"),
        _ => Goodbye(turn, turn.Act.ToString().ToLowerInvariant()),
    };

    private TurnEffects Goodbye(ConversationTurn turn, string reason)
    {
        var prompt = ending.Renderer.RenderWithPending("goodbye", turn.Live ?? TurnEnding.Placeholder(turn.Input), null, Tone.Neutral);
        var response = ConversationResponses.Tell(turn.Input, prompt);
        return turn.Live is { } live ? ending.Close(turn.Input, live, reason, response) : new TurnEffects(response);
    }

    private TurnEffects SessionEnded(ConversationTurn turn)
    {
        var response = SkillResponse.Empty();
        var reason = "session_ended:" + (turn.Meaning.EndReason ?? "unknown").ToLowerInvariant();
        return turn.Live is { } live ? ending.Close(turn.Input, live, reason, response) : new TurnEffects(response);
    }

    private static TurnEffects ForgetMe(ConversationTurn turn)
    {
        var response = ResponseBuilder.For(turn.Input.Request)
            .Speak(Ssml.Speak(Ssml.S("Okay. I've forgotten your listening history and preferences. Goodbye.")))
            .EndSession(true)
            .Build();
        var live = turn.Live;
        return new TurnEffects(response)
        {
            DeleteUser = true,
            Records = live is null ? [] : [TurnEnding.Abandoned(turn.Input, live, "forget_me")],
            Account = live is null ? null : new TurnAccount(live.ConversationId, live.Turn, null, null, OutcomeRecord.Abandoned, true),
        };
    }
}
