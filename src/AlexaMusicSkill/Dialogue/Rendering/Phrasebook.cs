namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>
/// Every sentence the skill says, grouped in families of interchangeable phrasings. A phrasing's key is
/// <c>family/index</c>; the renderer never reuses a key said in the last few turns.
/// </summary>
public static class Phrasebook
{
    public static IReadOnlyDictionary<string, string[]> Families { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["welcome"] = ["Welcome to music finder.", "Hi! Let's find you some music.", "Hello, and welcome to music finder."],
        ["welcome_back"] = ["Welcome back to music finder.", "Good to hear from you again.", "Hi again! Let's find you some music."],
        ["start"] = ["Sure, let's find you something.", "Happy to help you find some music.", "Let's find something you'll like."],
        ["ack_answer"] = ["Got it.", "Okay.", "Sounds good.", "Nice."],
        ["ack_reject"] = ["No problem.", "Okay, let's try something different.", "Fair enough.", "Alright, something else then."],
        ["ack_lukewarm"] = ["Okay, noted.", "Alright, I'll keep that in mind.", "Okay, close but not quite."],
        ["ack_unclear"] = ["Let's try this another way.", "Let me ask differently.", "Okay, let's keep going."],
        ["ack_restart"] = ["Sure, let's start again.", "Okay, starting fresh.", "Alright, from the top."],
        ["ask_open"] = ["Do you have anything in mind?", "What are you in the mood for?", "Any idea what you'd like to hear?"],
        ["ask_mood"] = ["Something laid back? Or more upbeat?", "Are you after something laid back, or something more upbeat?", "Should I keep it mellow, or go for something upbeat?"],
        ["ask_genre"] = ["May I suggest some {0}? Or perhaps {1}?", "How about {0}? Or maybe {1}?", "Would you like {0}, or {1}?"],
        ["ask_era"] = ["Any decade in mind, like the nineties, or something recent?", "Is there an era you'd like, say the eighties, or something newer?", "Old or new? You could name a decade, like the seventies."],
        ["sample_intro"] = ["How about this?", "Here's one you might like.", "Try this one."],
        ["sample_outro"] = ["That was {0} by {1}. Did you like it?", "That was {1}, with {0}. What do you think?", "That's {0} by {1}. Do you like it?"],
        ["suggest_artist"] = ["How about some {0}?", "Would you like some {0}?", "I could play some {0}. Sound good?"],
        ["offer_station"] = ["I can start {0}. Shall I?", "Want me to start {0}?", "How about {0}? Shall I start it?"],
        ["accept"] = ["Great! Here's {0}, starting with {1} by {2}.", "Enjoy! Starting {0} with {1} by {2}.", "Perfect. Playing {0}, beginning with {1} by {2}."],
        ["goodbye"] = ["Okay. Come back any time.", "Alright, goodbye for now.", "Okay, see you next time."],
        ["give_up"] = ["I'm sorry I couldn't find the right thing this time. Try me again any time.", "I've run out of good ideas for now. Please try again later."],
        ["unclear"] = ["Sorry, I didn't catch that.", "Sorry, I'm not sure what you meant.", "Hmm, I didn't get that."],
    };

    public static string Key(string family, int index) => family + "/" + index;
}
