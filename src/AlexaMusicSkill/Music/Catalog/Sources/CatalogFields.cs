namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>Field names, shared by the CSV header, the JSON properties (camelCase) and findings.</summary>
internal static class CatalogFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Genres = "genres";
    public const string Mood = "mood";
    public const string Energy = "energy";
    public const string Era = "era";
    public const string Popularity = "popularity";
    public const string Synonyms = "synonyms";
    public const string ArtistId = "artistId";
    public const string Title = "title";
    public const string Year = "year";
    public const string DurationSeconds = "durationSeconds";
    public const string Sample = "sample";
    public const string Stream = "stream";
    public const string SampleFormat = "sampleFormat";
    public const string SampleBitrateKbps = "sampleBitrateKbps";
    public const string SampleRateHz = "sampleRateHz";
    public const string SampleSeconds = "sampleSeconds";

    public static readonly string[] ArtistColumns = [Id, Name, Genres, Mood, Energy, Era, Popularity, Synonyms];

    public static readonly string[] RequiredArtistColumns = [Id, Name, Genres, Energy];

    public static readonly string[] TrackColumns =
    [
        Id, ArtistId, Title, Year, Genres, Mood, Energy, Era, Popularity, DurationSeconds,
        Sample, Stream, SampleFormat, SampleBitrateKbps, SampleRateHz, SampleSeconds,
    ];

    public static readonly string[] RequiredTrackColumns = [Id, ArtistId, Title, DurationSeconds];

    /// <summary>List-valued fields (genres, synonyms) are written as one CSV field separated by semicolons.</summary>
    public const char ListSeparator = ';';
}
