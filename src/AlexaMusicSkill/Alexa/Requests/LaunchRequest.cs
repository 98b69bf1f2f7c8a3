using System.Text.Json;

namespace AlexaMusicSkill.Alexa.Requests;

public sealed class LaunchRequest : Request
{
    /// <summary>Present only when the skill is launched as a task; carried through untouched.</summary>
    public JsonElement? Task { get; set; }

    private protected override string WireType => RequestTypes.Launch;
}
