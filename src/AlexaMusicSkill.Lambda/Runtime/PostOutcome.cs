using System.Net;

namespace AlexaMusicSkill.Lambda.Runtime;

/// <summary>How the Runtime API answered a POST: 202 is accepted; <paramref name="Detail"/> is its body otherwise.</summary>
internal readonly record struct PostOutcome(HttpStatusCode Status, string? Detail)
{
    public bool IsAccepted => (int)Status is >= 200 and < 300;

    public bool IsPayloadTooLarge => Status == HttpStatusCode.RequestEntityTooLarge;
}
