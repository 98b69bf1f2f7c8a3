using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// The player's commands outside a conversation: AMAZON.Pause/Resume/Next/Previous/StartOver/Repeat/Loop/Shuffle/
/// Cancel/Stop voice intents and the PlaybackController buttons, against the playback position in the profile.
/// </summary>
internal sealed class PlayerCommandLogic(DialogueServices services, PlaybackLogic playback)
{
    public TurnEffects Apply(TurnInput input, UserSnapshot snapshot)
    {
        var state = snapshot.Profile.Playback;
        var act = input.Request switch
        {
            PlayCommandIssuedRequest => UserAct.Resume,
            PauseCommandIssuedRequest => UserAct.Pause,
            NextCommandIssuedRequest => UserAct.Next,
            PreviousCommandIssuedRequest => UserAct.Previous,
            _ => input.Meaning.Act,
        };
        var isVoice = input.Request is IntentRequest;

        if (state is null || PlaybackToken.TryParse(state.Token) is not { } token)
        {
            return new TurnEffects(isVoice
                ? Say(input, "There's nothing playing right now. Say, help me find music, to find something.")
                : SkillResponse.Empty());
        }

        switch (act)
        {
            case UserAct.Pause or UserAct.Stop or UserAct.Cancel or UserAct.NavigateHome:
                // The offset is saved when the PlaybackStopped event this causes arrives.
                return new TurnEffects(Builder(input, isVoice).StopAudio().Build());

            case UserAct.Resume:
                return new TurnEffects(Builder(input, isVoice).Play(PlayBehavior.ReplaceAll, StreamUrl(token), state.Token, state.OffsetMs).Build());

            case UserAct.Next:
                return playback.Next(token, state) is { } next
                    ? new TurnEffects(Builder(input, isVoice).Play(PlayBehavior.ReplaceAll, next.Track.StreamUrl, new PlaybackToken(token.StationId, next.Index, next.Track.Id).ToString()).Build())
                    : new TurnEffects(isVoice ? Say(input, "That was the last track of this station.") : SkillResponse.Empty());

            case UserAct.Previous:
                var previousIndex = Math.Max(0, token.Index - 1);
                var station = services.Stations.Build(StationSeed.TryParse(token.StationId) ?? new StationSeed());
                var previousTrack = previousIndex < station.TrackIds.Count ? services.Catalog.FindTrack(station.TrackIds[previousIndex]) : null;
                return previousTrack is null
                    ? new TurnEffects(isVoice ? Say(input, "There's no earlier track.") : SkillResponse.Empty())
                    : new TurnEffects(Builder(input, isVoice).Play(PlayBehavior.ReplaceAll, previousTrack.StreamUrl, new PlaybackToken(token.StationId, previousIndex, previousTrack.Id).ToString()).Build());

            case UserAct.StartOver or UserAct.Repeat:
                return new TurnEffects(Builder(input, isVoice).Play(PlayBehavior.ReplaceAll, StreamUrl(token), state.Token, 0).Build());

            case UserAct.LoopOn or UserAct.LoopOff:
                return Toggle(input, state with { Loop = act == UserAct.LoopOn }, act == UserAct.LoopOn ? "Okay, I'll loop this station." : "Okay, loop is off.");

            case UserAct.ShuffleOn or UserAct.ShuffleOff:
                return Toggle(input, state with { Shuffle = act == UserAct.ShuffleOn }, act == UserAct.ShuffleOn ? "Okay, shuffle is on." : "Okay, shuffle is off.");

            case UserAct.Feedback or UserAct.Yes or UserAct.No:
                return OnFeedback(input, state, token);

            case UserAct.WhatsPlaying:
                var track = services.Catalog.FindTrack(token.TrackId);
                return new TurnEffects(Say(input, track is null
                    ? "I'm not sure what's playing."
                    : $"This is {track.Title} by {SpokenNames.ArtistName(track.ArtistId, services.Catalog)}."));

            default:
                return new TurnEffects(isVoice ? Say(input, "Sorry, I can't do that with the music that's playing.") : SkillResponse.Empty());
        }
    }

    /// <summary>"I like this" keeps the track in the profile; "thumbs down" remembers it and skips to the next one.</summary>
    private TurnEffects OnFeedback(TurnInput input, PlaybackState state, PlaybackToken token)
    {
        var valence = input.Meaning.Act switch
        {
            UserAct.Yes => 0.5,
            UserAct.No => -0.5,
            _ => AlexaMusicSkill.Feedback.FeedbackVocabulary.Find(input.Meaning.Feedback)?.Valence ?? 0,
        };

        if (valence >= 0)
        {
            return new TurnEffects(Say(input, valence > 0 ? "Glad you like it. I'll remember that." : "Okay, noted."))
            {
                ProfileUpdate = valence > 0
                    ? profile => profile with { Liked = Bounded.AppendDistinct(profile.Liked, token.TrackId, UserProfile.MaxLiked) }
                    : null,
            };
        }

        var skipped = state with { Skipped = Bounded.AppendDistinct(state.Skipped, token.TrackId, 100) };
        var next = playback.Next(token, skipped);
        var builder = ResponseBuilder.For(input.Request).Speak(Ssml.Speak(Ssml.S(next is null ? "Okay, I won't play that again. That was the last track of this station." : "Okay, skipping that one."))).EndSession(true);
        if (next is { } n)
        {
            builder.Play(PlayBehavior.ReplaceAll, n.Track.StreamUrl, new PlaybackToken(token.StationId, n.Index, n.Track.Id).ToString());
        }
        else
        {
            builder.StopAudio();
        }

        return new TurnEffects(builder.Build())
        {
            ProfileUpdate = profile => profile with
            {
                Rejected = Bounded.AppendDistinct(profile.Rejected, token.TrackId, UserProfile.MaxRejected),
                Playback = profile.Playback is null ? null : profile.Playback with { Skipped = skipped.Skipped, UpdatedAt = input.Now },
            },
        };
    }

    private TurnEffects Toggle(TurnInput input, PlaybackState updated, string sentence) =>
        new(Say(input, sentence))
        {
            ProfileUpdate = profile => profile.Playback is null ? profile : profile with
            {
                Playback = profile.Playback with { Loop = updated.Loop, Shuffle = updated.Shuffle, UpdatedAt = input.Now },
            },
        };

    private string StreamUrl(PlaybackToken token) =>
        services.Catalog.FindTrack(token.TrackId)?.StreamUrl
        ?? throw new InvalidOperationException($"Track {token.TrackId} of the saved playback is not in the catalog.");

    private static ResponseBuilder Builder(TurnInput input, bool isVoice) =>
        isVoice ? ResponseBuilder.For(input.Request).EndSession(true) : ResponseBuilder.For(input.Request);

    private static SkillResponse Say(TurnInput input, string sentence) =>
        ResponseBuilder.For(input.Request).Speak(Ssml.Speak(Ssml.S(sentence))).EndSession(true).Build();
}
