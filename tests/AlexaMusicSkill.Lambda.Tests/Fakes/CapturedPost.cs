using System.Text;
using System.Text.Json;

namespace AlexaMusicSkill.Lambda.Tests.Fakes;

internal enum PostKind
{
    Response,
    Error,
    InitError,
}

/// <summary>A POST the runtime sent to the fake Runtime API, with the status the fake answered.</summary>
internal sealed record CapturedPost(PostKind Kind, string? RequestId, int Status, byte[] Body)
{
    public string? ErrorTypeHeader { get; init; }

    public string? ContentType { get; init; }

    public string? UserAgent { get; init; }

    /// <summary><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> when the body had fully arrived.</summary>
    public long ReceivedTimestamp { get; init; }

    public string Text => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
