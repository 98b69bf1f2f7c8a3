using AlexaMusicSkill.Logging.Records;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Experiments.Interim;

/// <summary>
/// Prompt usefulness exactly as docs/decision-log.md states it, kept only until the <c>ope</c> branch's rewards
/// module lands in main (then the experiment wires that one instead and this file goes). A question earns 1 when
/// the attribute given in reply matches the accepted item (sub-genres included); an item earns 1 when it is the
/// accepted item or seeded it; nothing earns anything in a conversation that was not accepted.
/// </summary>
public sealed class InterimPromptUsefulness : ITurnRewards
{
    public string Name => "prompt usefulness (interim, decision-log.md)";

    public double[] Of(LoggedConversation conversation)
    {
        var rewards = new double[conversation.Decisions.Count];
        var item = conversation.Accepted ? conversation.Outcome!.Item : null;
        for (var t = 0; t < rewards.Length; t++)
        {
            rewards[t] = Useful(conversation.Decisions[t].Chosen, conversation.ReplyTo(t), item) ? 1 : 0;
        }

        return rewards;
    }

    public static bool Useful(string chosen, UserMeaning? reply, AcceptedItem? item)
    {
        if (item is null || ActionId.TryParse(chosen) is not { } action)
        {
            return false;
        }

        var seed = StationSeed.TryParse(item.StationId);
        return action.Type switch
        {
            ActionType.AskOpen => reply is not null && AnyMatches(reply, item),
            ActionType.AskMood => reply?.Mood is { } m && m == item.Mood,
            ActionType.AskGenre => reply?.Genre is { } g && GenreMatches(g, item),
            ActionType.AskEra => reply?.Era is { } e && e == item.Era,
            ActionType.PlaySample => action.FirstArg is { } t && (t == item.TrackId || seed?.TrackId == t),
            ActionType.SuggestArtist => action.FirstArg is { } a && seed?.ArtistId == a,
            _ => action.FirstArg == item.StationId,
        };
    }

    private static bool GenreMatches(string genre, AcceptedItem item) => item.Genres.Any(g => MusicTaxonomy.IsWithin(g, genre));

    private static bool AnyMatches(UserMeaning reply, AcceptedItem item) =>
        (reply.Mood is { } m && m == item.Mood) || (reply.Genre is { } g && GenreMatches(g, item))
        || (reply.Era is { } e && e == item.Era) || (reply.Artist is { } a && a == item.ArtistId)
        || (reply.Activity is { } x && x == item.Activity);
}
