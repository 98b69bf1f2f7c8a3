using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue;

/// <summary>One request, understood: what the turn logic works from (no AWS or Lambda types).</summary>
public sealed record TurnInput(
    SkillRequest Envelope,
    Request Request,
    UserMeaning Meaning,
    string UserKey,
    string RequestId,
    DateTimeOffset Now,
    string? PersonKey = null)
{
    /// <summary>Whose profile this turn reads and writes: the recognized household member (<see cref="PersonKey"/>), else the account.</summary>
    public ProfileOwner Owner => new(UserKey, PersonKey);

    public bool NewSession => Envelope.Session?.New ?? true;

    public bool InSession => Envelope.Session is not null;

    /// <summary>Our conversation id, echoed back in session attributes while the session lasts.</summary>
    public string? SessionConversationId =>
        Envelope.Session?.Attributes is { } attributes && attributes.TryGetValue(SessionKeys.ConversationId, out var value)
        && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;

    public bool SupportsAudioPlayer => Envelope.Context?.System?.Device?.Supports("AudioPlayer") ?? false;
}

public static class SessionKeys
{
    public const string ConversationId = "conversationId";
    public const string StateVersion = "stateVersion";
}
