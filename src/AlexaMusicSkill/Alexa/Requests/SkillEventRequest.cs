namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Skill lifecycle events (they need the skill-events subscription in the manifest).</summary>
public abstract class SkillEventRequest : Request
{
    public SkillEventBody? Body { get; set; }

    public DateTimeOffset? EventCreationTime { get; set; }

    public DateTimeOffset? EventPublishingTime { get; set; }
}

public sealed class SkillEventBody
{
    public string? UserId { get; set; }

    public string? UserInformationPersistenceStatus { get; set; }
}

public sealed class SkillEnabledRequest : SkillEventRequest
{
    protected override string WireType => RequestTypes.SkillEnabled;
}

/// <summary>The user disabled the skill: we delete everything we hold for them.</summary>
public sealed class SkillDisabledRequest : SkillEventRequest
{
    protected override string WireType => RequestTypes.SkillDisabled;
}
