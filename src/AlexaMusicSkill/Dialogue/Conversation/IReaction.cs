namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// What one group of listener acts does. <see cref="ConversationFlow"/> asks the reactions in order and the first
/// that <see cref="Handles"/> the turn reacts to it (the ASK SDK's canHandle/handle idea, without generic dispatch).
/// </summary>
internal interface IReaction
{
    bool Handles(ConversationTurn turn);

    TurnEffects React(ConversationTurn turn);
}
