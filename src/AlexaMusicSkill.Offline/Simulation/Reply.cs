using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Simulation;

public enum ReplyKind
{
    Launch,
    Intent,
    SessionEnded,
}

/// <summary>What the simulated listener says, as Alexa's NLU would deliver it: a launch, an intent with slots, or silence.</summary>
public sealed record Reply(ReplyKind Kind, string? Intent = null, IReadOnlyList<SpokenSlot>? Slots = null, string? EndReason = null)
{
    public static Reply Launch { get; } = new(ReplyKind.Launch);

    public static Reply Silence { get; } = new(ReplyKind.SessionEnded, EndReason: "EXCEEDED_MAX_REPROMPTS");

    public static Reply To(string intent, params SpokenSlot[] slots) => new(ReplyKind.Intent, intent, slots);

    public IReadOnlyList<SpokenSlot> SlotFills => Slots ?? [];

    /// <summary>The listener walks away with this reply (stop, cancel, or going silent).</summary>
    public bool Abandons => Kind == ReplyKind.SessionEnded || Intent is "AMAZON.StopIntent" or "AMAZON.CancelIntent";

    /// <summary>A direct request ("play some eighties synth pop"): music starts at once.</summary>
    public bool IsPlayRequest => Intent == IntentNames.PlayMusic;
}
