using System.Text.Json;

namespace AlexaMusicSkill.Alexa;

public sealed class Session
{
    public bool New { get; set; }

    public string? SessionId { get; set; }

    public Application? Application { get; set; }

    /// <summary>Echo of our own sessionAttributes; we keep at most a conversation id and a state version here.</summary>
    public Dictionary<string, JsonElement>? Attributes { get; set; }

    public AlexaUser? User { get; set; }
}

public sealed class Application
{
    public string? ApplicationId { get; set; }
}

public sealed class AlexaUser
{
    public string? UserId { get; set; }

    public string? AccessToken { get; set; }

    public Permissions? Permissions { get; set; }
}

public sealed class Permissions
{
    public string? ConsentToken { get; set; }
}
