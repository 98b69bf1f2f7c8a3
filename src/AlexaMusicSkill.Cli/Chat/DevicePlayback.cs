using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// The Echo's audio side (its requests go through the same <see cref="DeviceSession"/> as its voice), as virtual-alexa
/// models it: acts on the skill's AudioPlayer directives and sends the
/// events they cause (PlaybackStarted, PlaybackStopped …, no session), stops the music around a voice intent and
/// resumes it afterwards unless the skill stopped it, and plays a track to its end on request.
/// </summary>
internal sealed class DevicePlayback(SimulatedPlayer player, DeviceSession device, SkillExchange exchange, TranscriptWriter transcript, ICatalog catalog, TimeProvider clock)
{
    public SimulatedPlayer Player => player;

    /// <summary>Before a voice intent: playing music stops (and says so) while the listener talks.</summary>
    public async Task SuspendForVoiceAsync(CancellationToken cancellationToken)
    {
        if (player.IsPlaying)
        {
            player.Stop();
            player.Suspended = true;
            await SendEventAsync(new PlaybackStoppedRequest(), cancellationToken);
        }
    }

    /// <summary>After the voice intent's response: the music continues unless a directive changed it.</summary>
    public async Task ResumeAfterVoiceAsync(CancellationToken cancellationToken)
    {
        if (!player.Suspended)
        {
            return;
        }

        player.Suspended = false;
        if (player.Current is not null && player.Activity == SimulatedPlayer.Stopped)
        {
            player.Resume();
            await SendEventAsync(new PlaybackStartedRequest(), cancellationToken);
        }
    }

    /// <summary>The current track plays to its end: NearlyFinished, Finished, then the next queued track starts.</summary>
    public async Task FinishTrackAsync(CancellationToken cancellationToken)
    {
        if (player.Current is not { } current || !player.IsPlaying)
        {
            transcript.Note("nothing is playing");
            return;
        }

        await SendEventAsync(new PlaybackNearlyFinishedRequest(), cancellationToken);
        var track = PlaybackToken.TryParse(current.Token) is { } token ? catalog.FindTrack(token.TrackId) : null;
        player.Finish(track?.Duration);
        await SendEventAsync(new PlaybackFinishedRequest(), cancellationToken);
        if (player.StartNext())
        {
            await SendEventAsync(new PlaybackStartedRequest(), cancellationToken);
        }
        else
        {
            transcript.Note("the queue is empty; playback finished");
        }
    }

    /// <summary>Acts on the skill's AudioPlayer directives the way the device would, sending the events they cause.</summary>
    public async Task ApplyDirectivesAsync(List<Directive>? directives, CancellationToken cancellationToken)
    {
        foreach (var directive in directives ?? [])
        {
            switch (directive)
            {
                case AudioPlayerPlayDirective play:
                    await PlayAsync(play, cancellationToken);
                    break;
                case AudioPlayerStopDirective when player.Suspended:
                    // Already stopped for the voice request (and reported); it just stays stopped.
                    player.Suspended = false;
                    break;
                case AudioPlayerStopDirective:
                    await StopIfPlayingAsync(cancellationToken);
                    break;
                case AudioPlayerClearQueueDirective clear:
                    player.ClearQueue();
                    if (clear.ClearBehavior == ClearBehavior.ClearAll)
                    {
                        await StopIfPlayingAsync(cancellationToken);
                    }

                    break;
            }
        }
    }

    private async Task PlayAsync(AudioPlayerPlayDirective play, CancellationToken cancellationToken)
    {
        var stream = play.AudioItem.Stream;
        if (play.PlayBehavior == PlayBehavior.Enqueue)
        {
            player.Enqueue(stream);
        }
        else
        {
            if (play.PlayBehavior == PlayBehavior.ReplaceAll)
            {
                await StopIfPlayingAsync(cancellationToken);
            }

            player.ReplaceQueue(stream);
        }

        if (!player.IsPlaying && player.StartNext())
        {
            await SendEventAsync(new PlaybackStartedRequest(), cancellationToken);
        }
    }

    private async Task StopIfPlayingAsync(CancellationToken cancellationToken)
    {
        if (player.IsPlaying)
        {
            player.Stop();
            await SendEventAsync(new PlaybackStoppedRequest(), cancellationToken);
        }
    }

    private async Task SendEventAsync(AudioPlayerRequest request, CancellationToken cancellationToken)
    {
        request.Token = player.Current?.Token;
        request.OffsetInMilliseconds = player.Offset;
        var response = await exchange.SendAsync(device.OutOfSessionRequest(request, clock.GetUtcNow(), player.ContextState()), cancellationToken);
        if (response is null)
        {
            return;
        }

        transcript.DeviceEvent(request.Type, response);
        await ApplyDirectivesAsync(response.Response.Directives, cancellationToken);
    }
}
