using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa;

/// <summary>The request's <c>context</c>: device, user and player state, present on every request type.</summary>
public sealed class RequestContext
{
    [JsonPropertyName("System")]
    public SystemState? System { get; set; }

    [JsonPropertyName("AudioPlayer")]
    public AudioPlayerState? AudioPlayer { get; set; }
}

public sealed class SystemState
{
    public Application? Application { get; set; }

    public AlexaUser? User { get; set; }

    public Device? Device { get; set; }

    /// <summary>The recognized speaker, when voice profiles are on; absent otherwise.</summary>
    public Person? Person { get; set; }

    /// <summary>The Alexa Smart Properties unit (a hotel room, say) the device is in, when there is one.</summary>
    public Unit? Unit { get; set; }

    public string? ApiEndpoint { get; set; }

    public string? ApiAccessToken { get; set; }
}

public sealed class Device
{
    public string? DeviceId { get; set; }

    public string? PersistentEndpointId { get; set; }

    /// <summary>A key's presence means the interface is supported; values are usually empty objects.</summary>
    public Dictionary<string, JsonElement>? SupportedInterfaces { get; set; }

    public bool Supports(string interfaceName) => SupportedInterfaces?.ContainsKey(interfaceName) == true;
}

public sealed class Person
{
    public string? PersonId { get; set; }

    public string? AccessToken { get; set; }
}

public sealed class Unit
{
    public string? UnitId { get; set; }

    public string? PersistentUnitId { get; set; }
}

public sealed class AudioPlayerState
{
    public string? Token { get; set; }

    public long? OffsetInMilliseconds { get; set; }

    /// <summary>IDLE, PAUSED, PLAYING, BUFFER_UNDERRUN, FINISHED or STOPPED; kept as text so new values never throw.</summary>
    public string? PlayerActivity { get; set; }
}
