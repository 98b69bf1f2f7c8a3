namespace AlexaMusicSkill.Feedback;

/// <summary>
/// Words and phrases of short spoken music feedback with their roles (<see cref="LexemeKind"/>). Valence is on VADER's
/// -4..+4 scale; boosters and dampeners are factors. Phrases (up to <see cref="MaxPhraseWords"/> words) are matched
/// longest first, so "not sure" and "my kind of" win over "not" and "kind of". Lookups take a span: no allocation.
/// </summary>
internal static class SentimentLexicon
{
    public const int MaxPhraseWords = 4;

    private static readonly Dictionary<string, Lexeme> Entries = Build();

    private static readonly Dictionary<string, Lexeme>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> words, out Lexeme lexeme)
    {
        if (BySpan.TryGetValue(words, out lexeme))
        {
            return true;
        }

        // Contractions we do not list one by one ("shouldn't", "mustn't"); ASR usually keeps the apostrophe.
        if (words.Length > 3 && words.EndsWith("n't", StringComparison.Ordinal) && !words.Contains(' '))
        {
            lexeme = new Lexeme(LexemeKind.Negator);
            return true;
        }

        return false;
    }

    /// <summary>Every entry (for tests that check the tables against the feedback vocabulary).</summary>
    internal static IReadOnlyDictionary<string, Lexeme> All => Entries;

    private static Dictionary<string, Lexeme> Build()
    {
        var d = new Dictionary<string, Lexeme>(StringComparer.Ordinal);

        void Sentiment(double valence, params string[] words)
        {
            foreach (var w in words)
            {
                d.Add(w, new Lexeme(LexemeKind.Sentiment, valence));
            }
        }

        void Role(LexemeKind kind, double value, params string[] words)
        {
            foreach (var w in words)
            {
                d.Add(w, new Lexeme(kind, value));
            }
        }

        void Attribute(ConstraintShift whenTooMuch, double bareValence, params string[] words)
        {
            foreach (var w in words)
            {
                d.Add(w, new Lexeme(LexemeKind.Attribute, bareValence, whenTooMuch));
            }
        }

        void Comparative(ConstraintShift wanted, params string[] words)
        {
            foreach (var w in words)
            {
                d.Add(w, new Lexeme(LexemeKind.Comparative, 0, wanted));
            }
        }

        // Strong approval.
        Sentiment(3.4, "adore", "obsessed", "phenomenal", "masterpiece");
        Sentiment(3.3, "amazing", "fantastic", "perfect", "perfection", "ten out of ten", "blown away");
        Sentiment(3.2, "love", "loved", "loving", "lovin", "brilliant", "awesome", "excellent", "incredible", "outstanding",
            "superb", "magnificent", "sublime", "banger", "bangers", "unreal");
        Sentiment(3.1, "wonderful", "fabulous");
        Sentiment(3.0, "great", "best", "stunning", "gorgeous", "heavenly", "five stars", "what a tune", "what a song");
        Sentiment(2.9, "beautiful", "delightful");
        Sentiment(2.8, "lovely", "fab", "epic", "bop", "favourite", "favorite", "magical", "spot on", "my jam", "nailed it",
            "right up my street", "right up my alley");
        Sentiment(2.6, "wow", "gem", "magic", "goosebumps", "hits the spot");
        Sentiment(2.4, "yay", "keeper", "fire", "dope", "the one");

        // Approval.
        Sentiment(2.2, "enjoy", "enjoyed", "enjoying", "excited", "thumbs up", "more like it");
        Sentiment(2.0, "like", "liked", "likes", "liking", "groovy", "vibing", "my thing", "my cup of tea", "my kind of");
        Sentiment(1.9, "good", "into it", "into this", "into that");
        Sentiment(1.8, "nice", "fun", "catchy", "dig", "glad", "fan", "tasty", "sweet", "refreshing", "feeling it",
            "feeling this", "feeling that", "my style", "my type", "works for me");
        Sentiment(1.7, "pleasant");
        Sentiment(1.6, "cool", "solid", "vibe", "vibes", "happy", "better");
        Sentiment(1.5, "keen", "that works");
        Sentiment(1.3, "decent");
        Sentiment(1.2, "interesting", "smooth", "yes");
        Sentiment(1.1, "yeah", "yep", "yup");
        Sentiment(1.0, "sure", "closer", "getting closer");
        Sentiment(0.9, "getting there");
        Sentiment(0.8, "listenable", "close", "thanks", "thank you");
        Sentiment(0.7, "alright", "all right", "reasonable");
        Sentiment(0.6, "ok", "okay", "fine", "acceptable");
        Sentiment(0.5, "fair", "could be worse", "it'll do", "that'll do");
        Sentiment(0.4, "fair enough");

        // Hesitation and indifference.
        Sentiment(-0.2, "um", "umm", "uh", "erm");
        Sentiment(-0.3, "hmm", "hmmm", "hm", "so so");
        Sentiment(-0.5, "average", "odd");
        Sentiment(-0.6, "not sure", "unsure", "strange");
        Sentiment(-0.9, "weird");
        Sentiment(-1.0, "meh", "whatever", "nothing special", "pass");
        Sentiment(-1.1, "generic", "samey");
        Sentiment(-1.2, "forgettable", "repetitive", "skip", "no thanks", "no thank you");
        Sentiment(-1.3, "mediocre", "bland", "uninspiring", "cheesy", "corny", "nah", "naw");
        Sentiment(-1.4, "nope", "not so much");
        Sentiment(-1.5, "dull", "yawn", "snooze", "wrong", "depressing");
        Sentiment(-1.6, "boring", "bored");
        Sentiment(-1.8, "not for me", "headache");

        // Dislike.
        Sentiment(-2.0, "ugh", "lame", "disappointing", "disappointed");
        Sentiment(-2.2, "dislike", "annoying", "irritating", "cringe", "cringey", "ugly", "thumbs down");
        Sentiment(-2.3, "painful");
        Sentiment(-2.4, "hard pass", "turn it off");
        Sentiment(-2.5, "bad", "yuck", "eww", "ew", "gross");
        Sentiment(-2.8, "rubbish", "crap", "trash", "make it stop");
        Sentiment(-3.0, "garbage", "unbearable", "can't stand", "cannot stand", "cant stand");
        Sentiment(-3.2, "hate", "hated", "hating", "dreadful");
        Sentiment(-3.3, "terrible", "awful", "horrible", "worst");

        // Boosters and dampeners (VADER's B_INCR / B_DECR, as factors).
        Role(LexemeKind.Booster, 1.4, "extremely", "incredibly");
        Role(LexemeKind.Booster, 1.35, "absolutely", "utterly", "massively", "hugely");
        Role(LexemeKind.Booster, 1.3, "really", "very", "so", "totally", "super", "truly", "completely", "deeply", "seriously");
        Role(LexemeKind.Booster, 1.25, "definitely", "way");
        Role(LexemeKind.Booster, 1.2, "such", "properly", "genuinely");
        Role(LexemeKind.Booster, 1.1, "quite");
        Role(LexemeKind.Booster, 0.85, "rather");
        Role(LexemeKind.Booster, 0.8, "fairly");
        Role(LexemeKind.Booster, 0.7, "just about");
        Role(LexemeKind.Booster, 0.65, "somewhat");
        Role(LexemeKind.Booster, 0.6, "kind of", "kinda", "sort of", "sorta", "a bit", "bit", "a little", "a little bit", "a tad",
            "slightly", "mildly", "marginally");
        Role(LexemeKind.Booster, 0.4, "barely", "hardly");
        Role(LexemeKind.TrailingBooster, 1.3, "so much", "big time", "to bits");
        Role(LexemeKind.TrailingBooster, 1.25, "a lot", "at all");

        // Negation, contrast, hedges.
        Role(LexemeKind.Negator, 0, "not", "never", "without", "nor", "neither", "cannot", "dont", "doesnt", "didnt", "isnt",
            "wasnt", "arent", "werent", "aint", "cant", "wont", "wouldnt", "couldnt", "shouldnt", "havent", "hasnt");
        Role(LexemeKind.No, 0, "no");
        Role(LexemeKind.Contrast, 0, "but", "although", "though", "however", "except", "apart from");
        Role(LexemeKind.Hedge, 0.75, "i guess", "guess", "i suppose", "suppose", "maybe", "perhaps", "probably");

        // Complaints about an attribute: "too slow" wants more energy, "too dated" something newer.
        Role(LexemeKind.Too, 0, "too");
        Role(LexemeKind.More, 0, "more");
        Role(LexemeKind.Less, 0, "less");
        Role(LexemeKind.Enough, 0, "enough");
        Attribute(ConstraintShift.MoreEnergy, 0, "slow", "mellow", "quiet", "soft", "calm", "chill", "chilled", "relaxed",
            "laid back", "low key", "gentle", "dreamy", "downbeat");
        Attribute(ConstraintShift.MoreEnergy, -0.6, "tame", "sedate", "low energy");
        Attribute(ConstraintShift.MoreEnergy, -0.8, "sleepy", "drowsy");
        Attribute(ConstraintShift.MoreEnergy, -1.2, "dreary", "plodding", "lethargic");
        Attribute(ConstraintShift.MoreEnergy, -1.4, "sluggish");
        Attribute(ConstraintShift.LessEnergy, 0, "fast", "intense", "energetic", "busy", "heavy", "loud", "wild", "hard",
            "upbeat", "lively", "bouncy", "much", "energy", "high energy", "powerful");
        Attribute(ConstraintShift.LessEnergy, -0.8, "in your face");
        Attribute(ConstraintShift.LessEnergy, -1.0, "hectic", "aggressive");
        Attribute(ConstraintShift.LessEnergy, -1.2, "noisy", "frantic", "brash", "chaotic", "screaming");
        Attribute(ConstraintShift.LessEnergy, -1.5, "harsh", "shouty", "shrill", "screamy");
        Attribute(ConstraintShift.Newer, 0, "old", "retro", "old school", "oldies", "vintage");
        Attribute(ConstraintShift.Newer, -0.8, "old fashioned", "ancient");
        Attribute(ConstraintShift.Newer, -1.2, "dated");
        Attribute(ConstraintShift.Older, 0, "new", "modern", "current", "recent", "contemporary", "these days");
        Attribute(ConstraintShift.Older, -0.3, "trendy");
        Comparative(ConstraintShift.MoreEnergy, "faster", "quicker", "livelier", "louder", "harder", "heavier", "speed it up",
            "pick up the pace", "pick it up");
        Comparative(ConstraintShift.LessEnergy, "slower", "calmer", "quieter", "softer", "mellower", "gentler", "slow it down",
            "tone it down", "calm it down");
        Comparative(ConstraintShift.Newer, "newer", "fresher");
        Comparative(ConstraintShift.Older, "older");
        return d;
    }
}
