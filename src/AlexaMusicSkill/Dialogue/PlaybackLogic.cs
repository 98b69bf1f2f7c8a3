using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// What happens after acceptance: AudioPlayer events and the player's voice and button commands, with the station
/// rebuilt from the token (deterministic), and playback position kept in the profile (these requests have no session).
/// Responses carry only what Alexa allows for each event.
/// </summary>
internal sealed class PlaybackLogic(DialogueServices services)
{
    public TurnEffects Apply(TurnInput input, UserSnapshot snapshot)
    {
        var playback = snapshot.Profile.Playback;
        return input.Request switch
        {
            PlaybackStartedRequest started => Started(input, started),
            PlaybackNearlyFinishedRequest nearly => Enqueue(input, nearly, playback),
            PlaybackFinishedRequest finished => Finished(input, finished, playback),
            PlaybackStoppedRequest stopped => Stopped(input, stopped, playback),
            PlaybackFailedRequest failed => Failed(input, failed, playback),
            _ => new TurnEffects(SkillResponse.Empty()),
        };
    }

    /// <summary>Playback events still work without storage: the token alone says what comes next.</summary>
    public SkillResponse WithoutState(TurnInput input)
    {
        if (input.Request is PlaybackNearlyFinishedRequest nearly && PlaybackToken.TryParse(nearly.Token) is { } token
            && Next(token, null) is { } next)
        {
            return Enqueue(input, token, next);
        }

        return SkillResponse.Empty();
    }

    private TurnEffects Started(TurnInput input, PlaybackStartedRequest started)
    {
        // Started fires again after Alexa pauses for a voice request: only the first one for a token counts.
        if (PlaybackToken.TryParse(started.Token) is not { } token)
        {
            return new TurnEffects(SkillResponse.Empty());
        }

        return new TurnEffects(SkillResponse.Empty())
        {
            ProfileUpdate = profile => profile.Playback?.StartedToken == started.Token
                ? profile
                : profile with
                {
                    Played = Bounded.AppendDistinct(profile.Played, token.TrackId, UserProfile.MaxPlayed),
                    Playback = (profile.Playback ?? NewPlayback(token, null, input.Now)) with
                    {
                        Token = started.Token!,
                        StationId = token.StationId,
                        Index = token.Index,
                        TrackId = token.TrackId,
                        OffsetMs = started.OffsetInMilliseconds ?? 0,
                        Status = PlayerStatus.Playing,
                        StartedToken = started.Token,
                        UpdatedAt = input.Now,
                    },
                },
        };
    }

    private TurnEffects Enqueue(TurnInput input, PlaybackNearlyFinishedRequest nearly, PlaybackState? playback)
    {
        if (PlaybackToken.TryParse(nearly.Token) is not { } token || Next(token, playback) is not { } next)
        {
            return new TurnEffects(SkillResponse.Empty());
        }

        return new TurnEffects(Enqueue(input, token, next));
    }

    private SkillResponse Enqueue(TurnInput input, PlaybackToken current, (int Index, Track Track) next) =>
        ResponseBuilder.For(input.Request)
            .Play(PlayBehavior.Enqueue, next.Track.StreamUrl, new PlaybackToken(current.StationId, next.Index, next.Track.Id).ToString(), 0, current.ToString())
            .Build();

    private TurnEffects Finished(TurnInput input, PlaybackFinishedRequest finished, PlaybackState? playback)
    {
        var token = PlaybackToken.TryParse(finished.Token);
        var seconds = token is { } t && services.Catalog.FindTrack(t.TrackId) is { } track
            ? (finished.OffsetInMilliseconds is > 0 ? finished.OffsetInMilliseconds.Value / 1000.0 : track.Duration.TotalSeconds)
            : (finished.OffsetInMilliseconds ?? 0) / 1000.0;
        return new TurnEffects(SkillResponse.Empty())
        {
            ProfileUpdate = profile => profile.Playback is null ? profile : profile with
            {
                Playback = profile.Playback with { Status = PlayerStatus.Finished, UpdatedAt = input.Now },
            },
            Records = Listening(input, playback, token, seconds, "finished"),
        };
    }

    private TurnEffects Stopped(TurnInput input, PlaybackStoppedRequest stopped, PlaybackState? playback)
    {
        var token = PlaybackToken.TryParse(stopped.Token);
        var offset = stopped.OffsetInMilliseconds ?? 0;
        return new TurnEffects(SkillResponse.Empty())
        {
            ProfileUpdate = profile => profile.Playback is null || token is null ? profile : profile with
            {
                Playback = profile.Playback with
                {
                    Token = stopped.Token!,
                    StationId = token.Value.StationId,
                    Index = token.Value.Index,
                    TrackId = token.Value.TrackId,
                    OffsetMs = offset,
                    Status = PlayerStatus.Stopped,
                    UpdatedAt = input.Now,
                },
            },
            Records = Listening(input, playback, token, offset / 1000.0, "stopped"),
        };
    }

    private TurnEffects Failed(TurnInput input, PlaybackFailedRequest failed, PlaybackState? playback)
    {
        var token = PlaybackToken.TryParse(failed.Token);
        if (token is null)
        {
            return new TurnEffects(ResponseBuilder.For(input.Request).StopAudio().Build());
        }

        // Never retry a broken stream: remember it and skip to the next track that has not failed.
        var failedTracks = Bounded.AppendDistinct(playback?.Failed ?? [], token.Value.TrackId, 50);
        var next = Next(token.Value, (playback ?? NewPlayback(token.Value, null, input.Now)) with { Failed = failedTracks });
        var response = next is { } n
            ? ResponseBuilder.For(input.Request)
                .Play(PlayBehavior.ReplaceAll, n.Track.StreamUrl, new PlaybackToken(token.Value.StationId, n.Index, n.Track.Id).ToString())
                .Build()
            : ResponseBuilder.For(input.Request).StopAudio().Build();
        return new TurnEffects(response)
        {
            ProfileUpdate = profile => profile with
            {
                Playback = (profile.Playback ?? NewPlayback(token.Value, null, input.Now)) with { Failed = failedTracks, UpdatedAt = input.Now },
            },
            Records = Listening(input, playback, token, (failed.CurrentPlaybackState?.OffsetInMilliseconds ?? 0) / 1000.0, "failed"),
        };
    }

    /// <summary>The next playable track of the station after <paramref name="current"/>, skipping failed and rejected ones.</summary>
    internal (int Index, Track Track)? Next(PlaybackToken current, PlaybackState? playback)
    {
        if (StationSeed.TryParse(current.StationId) is not { } seed)
        {
            return null;
        }

        var station = services.Stations.Build(seed);
        var count = station.TrackIds.Count;
        var loop = playback?.Loop ?? false;
        var order = playback?.Shuffle == true ? ShuffleOrder.For(station.Id, count) : null;
        var position = order is null ? current.Index : Array.IndexOf(order, current.Index);
        for (var step = 1; step <= count; step++)
        {
            var next = position + step;
            if (next >= count)
            {
                if (!loop)
                {
                    return null;
                }

                next %= count;
            }

            var index = order is null ? next : order[next];
            var trackId = station.TrackIds[index];
            if (playback is not null && (playback.Failed.Contains(trackId) || playback.Skipped.Contains(trackId)))
            {
                continue;
            }

            if (services.Catalog.FindTrack(trackId) is { } track)
            {
                return (index, track);
            }
        }

        return null;
    }

    private static IReadOnlyList<LogRecord> Listening(TurnInput input, PlaybackState? playback, PlaybackToken? token, double seconds, string @event)
    {
        if (token is null || playback?.ConversationId is null || seconds <= 0)
        {
            return [];
        }

        return
        [
            new ListeningRecord
            {
                RequestId = input.RequestId,
                ConversationId = playback.ConversationId,
                UserKey = input.UserKey,
                Timestamp = input.Now,
                TrackId = token.Value.TrackId,
                StationId = token.Value.StationId,
                Seconds = Math.Round(seconds, 3),
                Event = @event,
            },
        ];
    }

    private static PlaybackState NewPlayback(PlaybackToken token, string? conversationId, DateTimeOffset now) => new()
    {
        Token = token.ToString(),
        StationId = token.StationId,
        Index = token.Index,
        TrackId = token.TrackId,
        ConversationId = conversationId,
        UpdatedAt = now,
    };
}
