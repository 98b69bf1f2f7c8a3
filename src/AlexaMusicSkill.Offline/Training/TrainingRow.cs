namespace AlexaMusicSkill.Offline.Training;

/// <summary>One (context, action) example: its features, the observed reward, and the conversation it came from (folds never split one).</summary>
public sealed record TrainingRow(float[] Features, float Label, string ConversationId);
