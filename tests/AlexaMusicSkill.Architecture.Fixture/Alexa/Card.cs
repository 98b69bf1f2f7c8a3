using Fixture.Dialogue;

namespace Fixture.Alexa;

/// <summary>The planted forbidden arrow, mimicking the real one: Alexa → Dialogue.</summary>
public sealed class Card
{
    /// <summary>Reads a Dialogue type.</summary>
    public string Title(Prompt prompt) => prompt.Text;
}
