namespace AlexaMusicSkill.Music.Taxonomy;

/// <summary>One taxonomy value: a stable id (used in slots, actions, records, the catalog), a spoken name and synonyms.</summary>
public interface ITaxonomyEntry
{
    string Id { get; }

    string Name { get; }

    IReadOnlyList<string> Synonyms { get; }
}

/// <summary>A genre; a sub-genre names its parent so "rock" also matches alternative rock.</summary>
public sealed record Genre(string Id, string Name, IReadOnlyList<string> Synonyms, string? ParentId = null) : ITaxonomyEntry;

/// <summary>A mood bucket with the energy range an item must fall in to carry it.</summary>
public sealed record Mood(string Id, string Name, IReadOnlyList<string> Synonyms, double MinEnergy, double MaxEnergy) : ITaxonomyEntry
{
    public bool Contains(double energy) => energy >= MinEnergy && (energy < MaxEnergy || MaxEnergy >= 1.0);
}

/// <summary>A decade (or open-ended span) of release years.</summary>
public sealed record Era(string Id, string Name, IReadOnlyList<string> Synonyms, int FirstYear, int LastYear) : ITaxonomyEntry
{
    public bool Contains(int year) => year >= FirstYear && year <= LastYear;
}

/// <summary>What the listener is doing; maps to a target energy and the genres that usually fit.</summary>
public sealed record Activity(
    string Id,
    string Name,
    IReadOnlyList<string> Synonyms,
    double TargetEnergy,
    IReadOnlyList<string> GenrePriors) : ITaxonomyEntry;
