using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Dialogue;

/// <summary>The response of a handled request, with the turn's structured account when there was one.</summary>
public sealed record TurnResult(SkillResponse Response, TurnAccount? Account);
