namespace AlexaMusicSkill.Policy;

/// <summary>
/// An action id, <c>type[:arg[,arg]]</c>: <c>ask_open</c>, <c>ask_genre:ALT_ROCK,ELECTRONIC</c>,
/// <c>play_sample:&lt;trackId&gt;</c>, <c>suggest_artist:&lt;artistId&gt;</c>, <c>offer_station:&lt;stationId&gt;</c>.
/// </summary>
public readonly record struct ActionId(ActionType Type, IReadOnlyList<string> Args)
{
    public string? FirstArg => Args.Count > 0 ? Args[0] : null;

    public static ActionId Of(ActionType type, params string[] args) => new(type, args);

    public override string ToString() =>
        Args.Count == 0 ? Type.ToWire() : Type.ToWire() + ":" + string.Join(',', Args);

    public static ActionId? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var colon = text.IndexOf(':');
        var type = ActionTypes.FromWire(colon < 0 ? text : text[..colon]);
        if (type is null)
        {
            return null;
        }

        string[] args = colon < 0 ? [] : text[(colon + 1)..].Split(',');
        return new ActionId(type.Value, args);
    }

    public bool Equals(ActionId other) => Type == other.Type && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
