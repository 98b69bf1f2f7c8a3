using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The one place an offered item is turned down. What is rejected is remembered in the state's
/// <see cref="DialogueState.Rejected"/> offer keys, and from there it never comes back in this conversation: the
/// candidate generator leaves it out of samples, artist suggestions and stations, and every station that starts
/// (<see cref="AcceptanceStep"/>) carries the rejected tracks and artists in its id, so neither its first track nor a
/// later one is ever one of them. A rejected sample is also kept in the profile, for later conversations.
/// </summary>
internal static class Rejections
{
    /// <summary>Turns an offered item down (and, with <paramref name="artistToo"/>, its artist: "not that artist").</summary>
    public static (DialogueState State, Func<UserProfile, UserProfile>? ProfileUpdate) Reject(DialogueState state, ActionId item, ICatalog catalog, bool artistToo = false)
    {
        var keys = new List<string>(2)
        {
            item.Type switch
            {
                ActionType.PlaySample => OfferKeys.Track(item.Args[0]),
                ActionType.SuggestArtist => OfferKeys.Artist(item.Args[0]),
                _ => OfferKeys.Station(item.Args[0]),
            },
        };
        if (artistToo && ArtistOf(item, catalog) is { } artist)
        {
            keys.Add(OfferKeys.Artist(artist));
        }

        var rejected = state with
        {
            Rejected = keys.Aggregate(state.Rejected, (list, key) => Bounded.AppendDistinct(list, key, DialogueState.MaxRememberedItems)),
            Rejections = state.Rejections + 1,
            Pending = null,
            Taste = state.Taste.SeedTrackId == item.FirstArg || (artistToo && SeedIsBy(state, catalog, keys))
                ? state.Taste with { SeedTrackId = null }
                : state.Taste,
        };
        Func<UserProfile, UserProfile>? update = item.Type == ActionType.PlaySample
            ? profile => profile with { Rejected = Bounded.AppendDistinct(profile.Rejected, item.Args[0], UserProfile.MaxRejected) }
            : null;
        return (rejected, update);
    }

    /// <summary>The artist an offered item is by: the sample's, the suggested one, or the station's seed artist.</summary>
    public static string? ArtistOf(ActionId item, ICatalog catalog) => item.Type switch
    {
        ActionType.PlaySample => catalog.FindTrack(item.Args[0])?.ArtistId,
        ActionType.SuggestArtist => item.Args[0],
        ActionType.OfferStation when StationSeed.TryParse(item.FirstArg) is { } seed =>
            seed.ArtistId ?? (seed.TrackId is null ? null : catalog.FindTrack(seed.TrackId)?.ArtistId),
        _ => null,
    };

    /// <summary>
    /// Track ids and artist ids the listener turned down in this conversation (from its offer keys). A track by a
    /// turned-down artist is left out with its artist, so it is not listed twice: each decision then adds at most one
    /// entry, and a conversation's list stays within <see cref="StationExclusions.MaxEntries"/>.
    /// </summary>
    public static (List<string> Tracks, List<string> Artists) TracksAndArtists(DialogueState state)
    {
        var tracks = new List<string>();
        var artists = new List<string>();
        foreach (var key in state.Rejected)
        {
            if (OfferKeys.ArtistIn(key) is { } artist)
            {
                artists.Add(artist);
            }
            else if (OfferKeys.IsTrack(key))
            {
                tracks.Add(key);
            }
        }

        // Track ids are "<artist-id>--<title>" (catalog rule), so a track's artist is read from its id.
        tracks.RemoveAll(id => id.IndexOf(Ids.TrackSeparator, StringComparison.Ordinal) is var cut and > 0 && artists.Contains(id[..cut]));
        return (tracks, artists);
    }

    private static bool SeedIsBy(DialogueState state, ICatalog catalog, List<string> keys) =>
        state.Taste.SeedTrackId is { } seed && catalog.FindTrack(seed) is { } track && keys.Contains(OfferKeys.Artist(track.ArtistId));
}
