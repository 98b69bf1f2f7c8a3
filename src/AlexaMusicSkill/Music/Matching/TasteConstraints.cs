namespace AlexaMusicSkill.Music.Matching;

/// <summary>What the listener has told us so far (taxonomy ids and catalog ids), plus a liked seed track.</summary>
public sealed record TasteConstraints
{
    public string? Genre { get; init; }

    public string? Mood { get; init; }

    public string? Era { get; init; }

    public string? ArtistId { get; init; }

    public string? Activity { get; init; }

    /// <summary>A track the listener reacted warmly to ("more like this", "hmm ok"), used as a similarity anchor.</summary>
    public string? SeedTrackId { get; init; }

    /// <summary>Genres the listener turned down when we suggested them.</summary>
    public IReadOnlyList<string> RejectedGenres { get; init; } = [];

    public int KnownCount =>
        (Genre is null ? 0 : 1) + (Mood is null ? 0 : 1) + (Era is null ? 0 : 1) + (ArtistId is null ? 0 : 1) + (Activity is null ? 0 : 1);

    public static TasteConstraints None { get; } = new();
}
