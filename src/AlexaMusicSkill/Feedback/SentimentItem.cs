namespace AlexaMusicSkill.Feedback;

/// <summary>One lexicon item of a reaction (a word or phrase) with its kind, valence and shift; rules mark it used.</summary>
internal struct SentimentItem(LexemeKind kind, double value, ConstraintShift shift)
{
    public readonly LexemeKind Kind = kind;
    public readonly double Value = value;
    public readonly ConstraintShift Shift = shift;
    public bool Used;
}
