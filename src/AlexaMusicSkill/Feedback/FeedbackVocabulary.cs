namespace AlexaMusicSkill.Feedback;

/// <summary>
/// The feedback slot type's values (listeners reacting to a sample in their own words). The interaction model's
/// FeedbackType is generated from this list; the sentiment scorer starts from <see cref="FeedbackValue.Valence"/>.
/// </summary>
public static class FeedbackVocabulary
{
    public static IReadOnlyList<FeedbackValue> Values { get; } =
    [
        new("LOVE_IT", "love it", ["i love it", "love this", "i love this", "brilliant", "amazing", "awesome", "that's great", "fantastic", "perfect", "excellent", "that's the one", "beautiful", "so good", "what a tune", "a banger", "wonderful", "great", "yes i love it"], 1.0),
        new("LIKE_IT", "like it", ["i like it", "i like this", "nice", "pretty good", "good", "that's nice", "cool", "not bad", "quite good", "that's good", "decent", "thumbs up"], 0.6),
        new("OK", "it's ok", ["hmm ok", "okay i guess", "fine", "alright", "so so", "it's fine", "it's alright", "could be worse", "sort of", "kind of"], 0.1),
        new("MEH", "meh", ["boring", "kind of boring", "bland", "whatever", "not sure about this", "it's boring", "dull"], -0.35),
        new("NOT_REALLY", "not really", ["not my thing", "not for me", "not quite", "don't like it", "i don't like it", "not feeling it", "not so much", "nope not this", "thumbs down"], -0.6),
        new("HATE_IT", "hate it", ["i hate it", "i hate this", "terrible", "awful", "horrible", "that's awful", "dreadful", "that's terrible", "ugh"], -1.0),
        new("TOO_SLOW", "too slow", ["too mellow", "too sleepy", "too quiet", "too soft", "too calm", "a bit slow", "too chill"], -0.4, ConstraintShift.MoreEnergy),
        new("TOO_FAST", "too fast", ["too intense", "too energetic", "too much", "too hectic", "too busy", "too heavy"], -0.4, ConstraintShift.LessEnergy),
        new("TOO_LOUD", "too loud", ["too noisy", "too harsh", "too aggressive", "too shouty"], -0.45, ConstraintShift.LessEnergy),
        new("TOO_OLD", "too old", ["too old fashioned", "too dated", "something newer", "too retro"], -0.4, ConstraintShift.Newer),
        new("TOO_MODERN", "too modern", ["too new", "something older", "too poppy these days", "too current"], -0.4, ConstraintShift.Older),
    ];

    private static readonly Dictionary<string, FeedbackValue> ById = Values.ToDictionary(v => v.Id, StringComparer.Ordinal);

    public static FeedbackValue? Find(string? id) => id is not null && ById.TryGetValue(id, out var v) ? v : null;
}
