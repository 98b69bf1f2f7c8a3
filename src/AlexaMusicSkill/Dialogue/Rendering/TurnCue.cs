using AlexaMusicSkill.Feedback;

namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>What the listener's input just did, as far as the opening of our reply answers it.</summary>
public enum Cue
{
    /// <summary>No opening sentence.</summary>
    None,
    Welcome,
    WelcomeBack,

    /// <summary>A new conversation asked for help with no attributes ("help me find music").</summary>
    Start,

    /// <summary>An answer that told us something (a mood, a genre, an artist).</summary>
    Answered,

    /// <summary>A reply that told us nothing new but was understood ("no idea"): a plain acknowledgement.</summary>
    Acknowledged,

    /// <summary>Nothing usable: an unresolved answer, fallbacks in a row.</summary>
    Unclear,
    Restarted,

    /// <summary>A warm reaction that does not take the item yet ("i like it").</summary>
    Liked,

    /// <summary>"Hmm, ok": close but not quite.</summary>
    Lukewarm,

    /// <summary>A rejected item or suggestion ("no", "not really", "something else").</summary>
    Missed,

    /// <summary>A complaint about one attribute ("too slow"); <see cref="TurnCue.Shift"/> says which way it moves.</summary>
    Complained,
}

/// <summary>A <see cref="Cue"/> with the constraint a complaint moved.</summary>
public readonly record struct TurnCue(Cue Kind, ConstraintShift Shift = ConstraintShift.None)
{
    public static implicit operator TurnCue(Cue kind) => new(kind);
}
