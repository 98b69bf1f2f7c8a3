using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The listener said yes to something: build the station it seeds (never with what they turned down:
/// <see cref="StationPlanner"/>), start it with AudioPlayer.Play (REPLACE_ALL, a decodable token), end the session,
/// write the outcome record, and update the profile (liked, played, playback). The station is named by what its
/// tracks really have, and says so when it had to widen the search. Devices without AudioPlayer get a spoken
/// alternative instead of a directive.
/// </summary>
internal sealed class AcceptanceStep(DialogueServices services)
{
    private readonly StationPlanner _planner = new(services.Stations);

    public const string ViaSample = "sample";
    public const string ViaArtist = "artist";
    public const string ViaStation = "station";
    public const string ViaDirect = "direct";

    public TurnEffects Accept(TurnInput input, UserProfile profile, DialogueState state, StationSeed seed, string via, string? likedTrackId)
    {
        var station = _planner.Plan(seed, state, profile.Rejected);
        var first = station.TrackIds.Count > 0 ? services.Catalog.FindTrack(station.TrackIds[0]) : null;
        if (first is null)
        {
            throw new InvalidOperationException($"Station {seed.Id} has no playable track.");
        }

        var accepted = state with { Status = ConversationStatus.Accepted, LastTurnAt = input.Now, LastAct = input.Meaning.Act };
        var tone = ToneRules.ForAcceptance(state.Closeness, state.Sentiments.Count > 0 ? state.Sentiments[^1] : null);
        var prompt = services.Renderer.RenderAcceptance(station, first, accepted, tone);
        var token = new PlaybackToken(station.Id, 0, first.Id).ToString();

        var builder = Alexa.Responses.ResponseBuilder.For(input.Request).EndSession(true);
        if (input.SupportsAudioPlayer)
        {
            builder.Speak(prompt.Speech)
                .Play(PlayBehavior.ReplaceAll, first.StreamUrl, token, 0, metadata: Metadata(first))
                .StandardCard(prompt.Card!.Title, prompt.Card.Text);
        }
        else
        {
            var artist = SpokenNames.ArtistName(first.ArtistId, services.Catalog);
            builder.Speak(Alexa.Ssml.Ssml.Speak(Alexa.Ssml.Ssml.S(
                $"Great choice. This device can't play streams from music finder, but you can ask for {first.Title} by {artist} in your music app. I've saved it to your likes.")))
                .StandardCard("Your pick", $"{first.Title}\nby {artist}");
        }

        var outcome = Outcomes.Of(input, state, OutcomeRecord.Accepted) with { AcceptedVia = via, Item = ItemOf(station.Seed, station, first) };

        var now = input.Now;
        var playback = input.SupportsAudioPlayer
            ? new PlaybackState { Token = token, StationId = station.Id, Index = 0, TrackId = first.Id, ConversationId = state.ConversationId, UpdatedAt = now }
            : null;

        return new TurnEffects(builder.Build())
        {
            NewState = accepted,
            ProfileUpdate = profile => profile with
            {
                Liked = likedTrackId is null ? profile.Liked : Bounded.AppendDistinct(profile.Liked, likedTrackId, UserProfile.MaxLiked),
                Played = Bounded.AppendDistinct(profile.Played, first.Id, UserProfile.MaxPlayed),
                Conversations = profile.Conversations + 1,
                Accepted = profile.Accepted + 1,
                Playback = playback ?? profile.Playback,
            },
            Records = [outcome],
            Account = new TurnAccount(state.ConversationId, state.Turn, null, null, OutcomeRecord.Accepted, true),
        };
    }

    private AcceptedItem ItemOf(StationSeed seed, Station station, Track first)
    {
        var seedTrack = seed.TrackId is null ? first : services.Catalog.FindTrack(seed.TrackId) ?? first;
        return new AcceptedItem
        {
            // The station as offered (its exclusions travel in the playback token, not in the outcome).
            StationId = seed.Described.Id,
            TrackId = seed.TrackId,
            ArtistId = seed.ArtistId ?? seedTrack.ArtistId,
            FirstTrackId = first.Id,
            Genres = seed.Genre is { } g ? [g, .. seedTrack.GenreIds.Where(x => x != g)] : seedTrack.GenreIds,
            Mood = seed.Mood ?? seedTrack.MoodId,
            Era = seed.Era ?? seedTrack.EraId,
            Activity = seed.Activity,
        };
    }

    private AudioItemMetadata Metadata(Track track) => new()
    {
        Title = track.Title,
        Subtitle = SpokenNames.ArtistName(track.ArtistId, services.Catalog),
    };
}
