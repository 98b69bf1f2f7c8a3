namespace AlexaMusicSkill.Policy;

/// <summary>The seven things the skill can do at a turn (ids as in <c>contracts.md</c>).</summary>
public enum ActionType
{
    AskOpen,
    AskMood,
    AskGenre,
    AskEra,
    PlaySample,
    SuggestArtist,
    OfferStation,
}

public static class ActionTypes
{
    public static IReadOnlyList<ActionType> All { get; } = Enum.GetValues<ActionType>();

    public static string ToWire(this ActionType type) => type switch
    {
        ActionType.AskOpen => "ask_open",
        ActionType.AskMood => "ask_mood",
        ActionType.AskGenre => "ask_genre",
        ActionType.AskEra => "ask_era",
        ActionType.PlaySample => "play_sample",
        ActionType.SuggestArtist => "suggest_artist",
        _ => "offer_station",
    };

    public static ActionType? FromWire(string text) => text switch
    {
        "ask_open" => ActionType.AskOpen,
        "ask_mood" => ActionType.AskMood,
        "ask_genre" => ActionType.AskGenre,
        "ask_era" => ActionType.AskEra,
        "play_sample" => ActionType.PlaySample,
        "suggest_artist" => ActionType.SuggestArtist,
        "offer_station" => ActionType.OfferStation,
        _ => null,
    };

    public static bool IsQuestion(this ActionType type) => type <= ActionType.AskEra;

    public static bool IsItem(this ActionType type) => type >= ActionType.PlaySample;
}
