using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa;

/// <summary>The envelope Alexa sends: the same JSON arrives as a Lambda event or an HTTPS POST body.</summary>
public sealed class SkillRequest
{
    public string? Version { get; set; }

    /// <summary>Absent for AudioPlayer, PlaybackController and System requests.</summary>
    public Session? Session { get; set; }

    public RequestContext? Context { get; set; }

    public Requests.Request? Request { get; set; }

    /// <summary>Where the user id lives on every request type, with or without a session.</summary>
    [JsonIgnore]
    public string? UserId => Context?.System?.User?.UserId ?? Session?.User?.UserId;

    /// <summary>The recognized speaker's person id, when Alexa sent one (an empty id counts as none).</summary>
    [JsonIgnore]
    public string? PersonId => Context?.System?.Person?.PersonId is { Length: > 0 } id ? id : null;

    /// <summary>The skill id Alexa addressed; checked against our own before anything else happens.</summary>
    [JsonIgnore]
    public string? ApplicationId => Context?.System?.Application?.ApplicationId ?? Session?.Application?.ApplicationId;
}
