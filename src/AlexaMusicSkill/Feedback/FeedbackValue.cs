namespace AlexaMusicSkill.Feedback;

/// <summary>The direction a complaint moves a constraint ("too slow" asks for more energy, not another genre).</summary>
public enum ConstraintShift
{
    None,
    MoreEnergy,
    LessEnergy,
    Newer,
    Older,
}

/// <summary>One value of the feedback slot type: id, spoken name, synonyms, and what it means.</summary>
public sealed record FeedbackValue(
    string Id,
    string Name,
    IReadOnlyList<string> Synonyms,
    double Valence,
    ConstraintShift Shift = ConstraintShift.None,
    bool AboutArtist = false) : Music.Taxonomy.ITaxonomyEntry
{
    // AboutArtist: the words turn down whoever made it ("not that artist"), not only the one track.

    /// <summary>Strong enough approval to accept what was offered.</summary>
    // "I like it" answers "Did you like it?" with a yes; "it's ok" does not.
    public bool Accepts => Valence >= 0.55;

    /// <summary>Negative enough to reject what was offered.</summary>
    public bool Rejects => Valence < 0;
}
