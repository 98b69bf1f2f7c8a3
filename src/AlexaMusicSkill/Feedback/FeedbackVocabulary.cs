namespace AlexaMusicSkill.Feedback;

/// <summary>
/// The feedback slot type's values (listeners reacting to a sample in their own words). The interaction model's
/// FeedbackType is generated from this list. Ids are stable (records keep them); synonyms only grow, belong to one
/// value each and are never another intent's sample. <see cref="SentimentScorer"/> scores the heard words and falls
/// back on <see cref="FeedbackValue.Valence"/> when they carry no sentiment; a test checks both agree in sign.
/// </summary>
public static class FeedbackVocabulary
{
    public static IReadOnlyList<FeedbackValue> Values { get; } =
    [
        new("LOVE_IT", "love it", [
            "i love it", "love this", "i love this", "brilliant", "amazing", "awesome", "that's great", "fantastic", "perfect",
            "excellent", "that's the one", "beautiful", "so good", "what a tune", "a banger", "wonderful", "great", "yes i love it",
            "love that", "i love that", "loving it", "loving this", "absolutely love it", "really love it", "incredible", "superb",
            "stunning", "that's amazing", "that's brilliant", "that's perfect", "that's fantastic", "that's awesome", "banger",
            "what a banger", "spot on", "my favourite", "ten out of ten", "right up my street", "obsessed with this"], 1.0),
        new("LIKE_IT", "like it", [
            "i like it", "i like this", "nice", "pretty good", "good", "that's nice", "cool", "not bad", "quite good", "that's good",
            "decent", "thumbs up", "i like that", "like this", "like that", "i dig it", "really nice", "very nice", "pretty nice",
            "quite nice", "it's good", "it's nice", "good one", "nice one", "catchy", "groovy", "fun", "lovely", "i'm into it",
            "into it", "i enjoy this", "enjoying this", "solid", "that's cool", "sounds nice", "not bad at all", "i like this one", "i like that one", "like that one", "quite like it", "i quite like it", "i quite like this"], 0.6),
        new("OK", "it's ok", [
            "hmm ok", "okay i guess", "fine", "alright", "so so", "it's fine", "it's alright", "could be worse", "sort of", "kind of",
            "it's okay", "not too bad", "average", "it's average", "it'll do", "that'll do", "fair enough", "hmm", "hmm okay",
            "i suppose", "close", "getting there", "close enough"], 0.1),
        new("MEH", "meh", [
            "boring", "kind of boring", "bland", "whatever", "not sure about this", "it's boring", "dull", "nothing special",
            "forgettable", "mediocre", "pretty boring", "a bit boring", "generic", "samey", "a bit samey", "not great",
            "not that great", "not amazing", "uninspiring", "a bit bland", "a bit meh", "kind of meh", "not as good as the last one", "it's not great", "not my favourite"], -0.35),
        new("NOT_REALLY", "not really", [
            "not my thing", "not for me", "not quite", "don't like it", "i don't like it", "not feeling it", "not so much",
            "nope not this", "thumbs down", "not my style", "not my kind of music", "not into it", "not into this",
            "i'm not into it", "not keen", "not keen on it", "i don't like this", "don't like this", "not feeling this",
            "i don't love it", "not what i'm after", "not quite right", "not really my thing", "not really my style", "not really for me", "i don't like her", "i don't like him", "i don't like them", "i don't like this one", "i don't like that one", "i'm not keen"], -0.6),
        new("HATE_IT", "hate it", [
            "i hate it", "i hate this", "terrible", "awful", "horrible", "that's awful", "dreadful", "that's terrible", "ugh",
            "hate that", "i hate that", "i can't stand it", "can't stand it", "rubbish", "that's rubbish", "garbage", "the worst",
            "that's the worst", "yuck", "painful", "cringe", "annoying", "really annoying", "so bad", "that's bad", "bad",
            "really bad"], -1.0),
        new("TOO_SLOW", "too slow", [
            "too mellow", "too sleepy", "too quiet", "too soft", "too calm", "a bit slow", "too chill", "too slow for me",
            "too relaxed", "too laid back", "too sluggish", "needs more energy", "not upbeat enough", "not energetic enough",
            "pick up the pace", "speed it up", "too low key", "too dreary", "too tame", "faster", "a bit faster", "faster please", "something faster"], -0.4, ConstraintShift.MoreEnergy),
        new("TOO_FAST", "too fast", [
            "too intense", "too energetic", "too much", "too hectic", "too busy", "too heavy", "too wild", "too frantic",
            "too hard", "too fast for me", "too much going on", "too chaotic", "slow it down", "calm it down", "too upbeat",
            "too lively", "too bouncy", "slower", "a bit slower", "slower please", "something slower"], -0.4, ConstraintShift.LessEnergy),
        new("TOO_LOUD", "too loud", [
            "too noisy", "too harsh", "too aggressive", "too shouty", "too noisy for me", "too brash", "too shrill",
            "too screamy", "too in your face", "tone it down"], -0.45, ConstraintShift.LessEnergy),
        new("TOO_OLD", "too old", [
            "too old fashioned", "too dated", "something newer", "too retro", "too oldies", "too vintage", "too old school",
            "too ancient", "sounds dated", "newer please", "something fresher", "old fashioned", "a bit old fashioned", "dated", "a bit dated", "too old for me"], -0.4, ConstraintShift.Newer),
        new("TOO_MODERN", "too modern", [
            "too new", "something older", "too poppy these days", "too current", "too contemporary", "too recent", "too trendy",
            "older please", "too new for me"], -0.4, ConstraintShift.Older),
        new("NOT_THIS_ARTIST", "not this artist", [
            "not that artist", "not this singer", "not that singer", "not this band", "not that band",
            "i don't like this artist", "i don't like this band", "i don't like this singer", "i don't like that artist",
            "no more of this artist", "not a fan of this artist", "not a fan of them"], -0.6, AboutArtist: true),
    ];

    private static readonly Dictionary<string, FeedbackValue> ById = Values.ToDictionary(v => v.Id, StringComparer.Ordinal);

    public static FeedbackValue? Find(string? id) => id is not null && ById.TryGetValue(id, out var v) ? v : null;
}
