namespace Fixture.Dialogue;

/// <summary>The Dialogue type that Alexa must not know.</summary>
public sealed record Prompt(string Text);
