using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Rewards;

/// <summary>
/// The per-turn reward, "prompt usefulness" (docs/decision-log.md, contracts.md). A question earns 1 when the
/// attribute the listener gave in reply matches the accepted item: the mood question compares moods, the era question
/// eras, a genre pair the genre named (one of the pair or another one, sub-genres included), the open question any
/// attribute named. A sample, artist or station earns 1 when it is the accepted item or seeded its station.
/// Everything earns 0 in a conversation that was not accepted.
/// </summary>
public static class PromptUsefulness
{
    /// <param name="chosen">The action id the decision chose.</param>
    /// <param name="reply">The meaning of the listener's reply (the next decision's input, or the outcome's final input).</param>
    /// <param name="accepted">The accepted item, or null when the conversation was not accepted.</param>
    public static double Of(string chosen, UserMeaning? reply, AcceptedItem? accepted)
    {
        if (accepted is null || ActionId.TryParse(chosen) is not { } action)
        {
            return 0;
        }

        var useful = action.Type switch
        {
            ActionType.AskOpen => reply is not null && AnyAttributeMatches(reply, accepted),
            ActionType.AskMood => reply?.Mood is { } mood && mood == accepted.Mood,
            ActionType.AskGenre => reply?.Genre is { } genre && GenreMatches(genre, accepted),
            ActionType.AskEra => reply?.Era is { } era && era == accepted.Era,
            ActionType.PlaySample => action.FirstArg is { } track && (track == accepted.TrackId || SeedOf(accepted)?.TrackId == track),
            ActionType.SuggestArtist => action.FirstArg is { } artist && SeedOf(accepted)?.ArtistId == artist,
            _ => action.FirstArg is { } station && station == accepted.StationId,
        };
        return useful ? 1 : 0;
    }

    /// <summary>True when the item carries the genre or one of its sub-genres ("rock" matches alternative rock).</summary>
    public static bool GenreMatches(string genre, AcceptedItem item) =>
        item.Genres.Any(g => MusicTaxonomy.IsWithin(g, genre));

    private static bool AnyAttributeMatches(UserMeaning reply, AcceptedItem item) =>
        (reply.Mood is { } mood && mood == item.Mood)
        || (reply.Genre is { } genre && GenreMatches(genre, item))
        || (reply.Era is { } era && era == item.Era)
        || (reply.Artist is { } artist && artist == item.ArtistId)
        || (reply.Activity is { } activity && activity == item.Activity);

    private static StationSeed? SeedOf(AcceptedItem item) => StationSeed.TryParse(item.StationId);
}
