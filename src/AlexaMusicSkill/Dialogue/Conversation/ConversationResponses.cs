using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>Builds the voice responses of a conversation turn from rendered prompts.</summary>
internal static class ConversationResponses
{
    /// <summary>A question (or sample) that keeps the microphone open, with our ids in session attributes.</summary>
    public static SkillResponse Ask(TurnInput input, RenderedPrompt prompt, DialogueState state, long stateVersion)
    {
        var builder = ResponseBuilder.For(input.Request)
            .Speak(prompt.Speech)
            .Reprompt(prompt.Reprompt)
            .EndSession(false)
            .SessionAttribute(SessionKeys.ConversationId, AlexaJson.ToElement(state.ConversationId))
            .SessionAttribute(SessionKeys.StateVersion, AlexaJson.ToElement(stateVersion));
        if (prompt.Card is { } card)
        {
            builder.StandardCard(card.Title, card.Text);
        }

        return builder.Build();
    }

    /// <summary>Last words; the session ends.</summary>
    public static SkillResponse Tell(TurnInput input, RenderedPrompt prompt) =>
        ResponseBuilder.For(input.Request).Speak(prompt.Speech).EndSession(true).Build();
}
