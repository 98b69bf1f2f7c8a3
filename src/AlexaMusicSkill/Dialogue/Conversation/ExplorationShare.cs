using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>Whether a new conversation explores: with the configured share, drawn from the injected random source.</summary>
internal sealed class ExplorationShare(double share, IRandomSource random)
{
    public bool Draw() => share > 0 && random.NextDouble() < share;
}
