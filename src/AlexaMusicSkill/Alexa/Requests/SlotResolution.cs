namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>How well Alexa understood one slot; feeds the understanding-confidence signal.</summary>
public enum ResolutionStatus
{
    /// <summary>The slot carried no value at all.</summary>
    Missing,

    /// <summary>A value was heard and resolved to one of our ids.</summary>
    Match,

    /// <summary>A value was heard but matched none of our ids.</summary>
    NoMatch,

    /// <summary>A value was heard but entity resolution was not attempted (a built-in slot type, or no block).</summary>
    NoResolution,

    /// <summary>Entity resolution timed out or failed.</summary>
    Error,
}

/// <summary>The resolved id and canonical name of one slot, or why there is none.</summary>
public readonly record struct SlotResolution(ResolutionStatus Status, string? Id, string? CanonicalName)
{
    public static SlotResolution Missing { get; } = new(ResolutionStatus.Missing, null, null);

    /// <summary>Dynamic-entity match first, then the static match, else the status of the first authority.</summary>
    internal static SlotResolution From(IReadOnlyList<ResolutionAuthority>? authorities, string? heardValue)
    {
        if (authorities is null || authorities.Count == 0)
        {
            return heardValue is null ? Missing : new SlotResolution(ResolutionStatus.NoResolution, null, null);
        }

        ResolutionAuthority? staticMatch = null;
        ResolutionAuthority? firstOther = null;
        foreach (var authority in authorities)
        {
            var matched = authority.Status?.Code == ResolutionCodes.Match && authority.Values is { Count: > 0 };
            if (matched && authority.IsDynamic)
            {
                return FromMatch(authority);
            }

            if (matched)
            {
                staticMatch ??= authority;
            }
            else
            {
                firstOther ??= authority;
            }
        }

        if (staticMatch is not null)
        {
            return FromMatch(staticMatch);
        }

        var status = firstOther?.Status?.Code switch
        {
            ResolutionCodes.NoMatch => ResolutionStatus.NoMatch,
            ResolutionCodes.ErrorTimeout or ResolutionCodes.ErrorException => ResolutionStatus.Error,
            _ => ResolutionStatus.NoResolution,
        };
        return new SlotResolution(status, null, null);
    }

    private static SlotResolution FromMatch(ResolutionAuthority authority)
    {
        var best = authority.Values![0].Value;
        return new SlotResolution(ResolutionStatus.Match, best?.Id, best?.Name);
    }
}
