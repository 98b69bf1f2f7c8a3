using AlexaMusicSkill.Alexa.Ssml;

namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>What to say for a turn: the speech, the reprompt (never with audio), an optional card, the phrasings used.</summary>
public sealed record RenderedPrompt(
    Speech Speech,
    Speech Reprompt,
    IReadOnlyList<string> PhrasingKeys,
    CardContent? Card = null);

/// <summary>A Standard card's title and text.</summary>
public sealed record CardContent(string Title, string Text);
