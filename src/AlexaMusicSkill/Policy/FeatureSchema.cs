namespace AlexaMusicSkill.Policy;

/// <summary>
/// The ordered, versioned list of named float features over (context, action). Serving and training use the same
/// extractor; the model artifact stores these names and a model whose names differ is refused at load.
/// </summary>
public static class FeatureSchema
{
    public static IReadOnlyList<string> Names { get; } =
    [
        // Context: where the conversation stands.
        "turn", "known_mood", "known_genre", "known_era", "known_artist", "known_activity", "known_count",
        "asked_open", "asked_mood", "asked_genre", "asked_era",
        "samples_offered", "artists_offered", "stations_offered", "rejections",
        "pool_size_log", "pool_genre_entropy", "pool_laid_back_share", "pool_upbeat_share", "relaxed",
        "understanding", "fallback_streak",
        "last_act_start", "last_act_answer", "last_act_yes", "last_act_no", "last_act_feedback",
        "last_act_something_else", "last_act_more_like_this", "last_act_other",
        "has_seed", "sentiment", "closeness",

        // Action: what it is and how it relates to what is known.
        "is_ask_open", "is_ask_mood", "is_ask_genre", "is_ask_era", "is_play_sample", "is_suggest_artist", "is_offer_station",
        "type_uses", "pool_share",
        "item_match", "item_popularity", "item_energy_gap", "item_genre_match", "item_era_match", "item_mood_match",
        "item_seed_similarity", "station_specificity", "affinity",
    ];

    public static int Count => Names.Count;

    /// <summary>Names and order in one short string; changes whenever a feature is added, removed or moved.</summary>
    public static string Version { get; } = "fs1-" + Convert.ToHexStringLower(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(",", Names))))[..8];

    public static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
