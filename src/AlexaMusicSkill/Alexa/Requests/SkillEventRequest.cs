namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Skill lifecycle events (they need the skill-events subscription in the manifest).</summary>
public abstract class SkillEventRequest : Request
{
    public SkillEventBody? Body { get; set; }

    public DateTimeOffset? EventCreationTime { get; set; }

    public DateTimeOffset? EventPublishingTime { get; set; }
}

/// <summary>The event body; the user it concerns is <see cref="SkillRequest.UserId"/> (context.System.user), never the body.</summary>
public sealed class SkillEventBody
{
    /// <summary>PERSISTED or NOT_PERSISTED.</summary>
    public string? UserInformationPersistenceStatus { get; set; }
}

public sealed class SkillEnabledRequest : SkillEventRequest
{
    private protected override string WireType => RequestTypes.SkillEnabled;
}

/// <summary>The user disabled the skill: we delete everything we hold for them.</summary>
public sealed class SkillDisabledRequest : SkillEventRequest
{
    private protected override string WireType => RequestTypes.SkillDisabled;
}
