using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// The device's audio player, modelled like virtual-alexa's: the current stream, a queue, the player activity, and
/// the offset (advancing with the clock while playing). <see cref="ChatSession"/> turns its transitions into
/// AudioPlayer events.
/// </summary>
internal sealed class SimulatedPlayer(TimeProvider clock)
{
    public const string Idle = "IDLE";
    public const string Playing = "PLAYING";
    public const string Stopped = "STOPPED";
    public const string Finished = "FINISHED";

    private readonly Queue<AudioStream> _queue = new();
    private long _offsetAtStart;
    private DateTimeOffset _startedAt;

    public AudioStream? Current { get; private set; }

    public string Activity { get; private set; } = Idle;

    /// <summary>Playback was stopped for a voice request and resumes after it unless the skill says otherwise.</summary>
    public bool Suspended { get; set; }

    public bool IsPlaying => Activity == Playing;

    public bool HasQueue => _queue.Count > 0;

    /// <summary>Where the current stream is, in milliseconds.</summary>
    public long Offset => Current is null ? 0
        : IsPlaying ? _offsetAtStart + (long)(clock.GetUtcNow() - _startedAt).TotalMilliseconds
        : _offsetAtStart;

    /// <summary>The <c>context.AudioPlayer</c> object a request from this device carries.</summary>
    public AudioPlayerState ContextState() => Current is null || Activity == Idle
        ? new AudioPlayerState { PlayerActivity = Idle }
        : new AudioPlayerState { Token = Current.Token, OffsetInMilliseconds = Offset, PlayerActivity = Activity };

    public void Enqueue(AudioStream stream) => _queue.Enqueue(stream);

    public void ReplaceQueue(AudioStream stream)
    {
        _queue.Clear();
        _queue.Enqueue(stream);
    }

    public void ClearQueue() => _queue.Clear();

    /// <summary>Takes the next queued stream and starts it; false when the queue is empty.</summary>
    public bool StartNext()
    {
        if (!_queue.TryDequeue(out var next))
        {
            return false;
        }

        Current = next;
        Start();
        return true;
    }

    public void Start()
    {
        _offsetAtStart = Current?.OffsetInMilliseconds ?? 0;
        _startedAt = clock.GetUtcNow();
        Activity = Playing;
    }

    /// <summary>Stops where it is; a later <see cref="Resume"/> continues from here.</summary>
    public void Stop()
    {
        _offsetAtStart = Offset;
        Activity = Stopped;
    }

    public void Resume()
    {
        _startedAt = clock.GetUtcNow();
        Activity = Playing;
    }

    /// <summary>The track played to its end (at <paramref name="duration"/> when known).</summary>
    public void Finish(TimeSpan? duration)
    {
        _offsetAtStart = duration is { } d ? (long)d.TotalMilliseconds : Offset;
        Activity = Finished;
    }
}
