using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Requests;

public sealed class Resolutions
{
    public List<ResolutionAuthority>? ResolutionsPerAuthority { get; set; }
}

public sealed class ResolutionAuthority
{
    public string? Authority { get; set; }

    public ResolutionStatusCode? Status { get; set; }

    /// <summary>Best first; real traffic omits it on no-match, virtual-alexa sends an empty list.</summary>
    public List<ResolutionValueWrapper>? Values { get; set; }

    [JsonIgnore]
    public bool IsDynamic => Authority?.Contains(".dynamic.", StringComparison.Ordinal) == true;
}

public sealed class ResolutionStatusCode
{
    public string? Code { get; set; }
}

public sealed class ResolutionValueWrapper
{
    public ResolutionValue? Value { get; set; }
}

public sealed class ResolutionValue
{
    public string? Name { get; set; }

    public string? Id { get; set; }
}

public static class ResolutionCodes
{
    public const string Match = "ER_SUCCESS_MATCH";
    public const string NoMatch = "ER_SUCCESS_NO_MATCH";
    public const string ErrorTimeout = "ER_ERROR_TIMEOUT";
    public const string ErrorException = "ER_ERROR_EXCEPTION";
}
