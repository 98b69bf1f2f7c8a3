namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>
/// Every sentence the skill says in a conversation, grouped in families of interchangeable phrasings (at least two
/// each, no sentence in two families). A phrasing's key is <c>family/index</c>; the renderer picks the variant used
/// least recently, so no sentence is said in two consecutive turns. <see cref="ToneRules"/> picks the opening family.
/// </summary>
public static class Phrasebook
{
    public static IReadOnlyDictionary<string, string[]> Families { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Openings.
        ["welcome"] = ["Welcome to music finder.", "Hi! Let's find you some music.", "Hello, and welcome to music finder."],
        ["welcome_back"] = ["Welcome back to music finder.", "Good to hear from you again.", "Hi again! Ready for something new?"],
        ["start"] = ["Sure, let's find you something.", "Happy to help you find some music.", "Let's find something you'll like."],
        ["ack_answer"] = ["Got it.", "Okay.", "Sounds good.", "Nice."],
        ["ack_answer_close"] = ["Perfect.", "Lovely, that narrows it down.", "Great choice."],
        ["ack_answer_thanks"] = ["Thanks, that helps.", "Good, now we're getting somewhere.", "Okay, that gives me something to go on."],
        ["ack_liked"] = ["Great!", "Glad you like it.", "Oh good.", "Nice one."],
        ["ack_lukewarm"] = ["Okay, noted.", "Alright, I'll keep that in mind.", "Okay, close but not quite."],
        ["ack_reject"] = ["No problem, let's try something different.", "Okay, let's try something else.", "Fair enough, something else then.", "Alright, let's find something better."],
        ["ack_reject_sorry"] = ["Sorry, that one missed. We'll get there.", "Oh, not that one then. Let's keep looking.", "Sorry about that. Let's try a different direction."],
        ["ack_reject_encourage"] = ["Let's keep going, we'll find it.", "Don't worry, there's plenty more to try.", "Let's try another angle."],
        ["ack_more_energy"] = ["Okay, something with more energy then.", "Got it, let's pick up the pace.", "Right, let's liven things up."],
        ["ack_less_energy"] = ["Okay, something calmer then.", "Got it, let's bring it down a notch.", "Right, let's ease off a little."],
        ["ack_newer"] = ["Okay, something more recent then.", "Got it, let's move forward in time.", "Right, let's try something newer."],
        ["ack_older"] = ["Okay, let's go further back.", "Got it, something with more of a classic feel.", "Right, let's try something older."],
        ["ack_unclear"] = ["Let's try this another way.", "Let me ask differently.", "Okay, let's keep going."],
        ["ack_unclear_sorry"] = ["Sorry, I'm having trouble understanding. Let's come at it differently.", "Sorry, I keep missing you. Let me put it differently."],
        ["ack_restart"] = ["Sure, let's start again.", "Okay, starting fresh.", "Alright, from the top."],

        // Questions and offers.
        ["ask_open"] = ["Do you have anything in mind?", "What are you in the mood for?", "Any idea what you'd like to hear?"],
        ["ask_mood"] = ["Something laid back? Or more upbeat?", "Are you after something laid back, or something more upbeat?", "Should I keep it mellow, or go for something upbeat?"],
        ["ask_genre"] = ["May I suggest some {0}? Or perhaps {1}?", "How about {0}? Or maybe {1}?", "Would you like {0}, or {1}?"],
        ["ask_era"] = ["Any decade in mind, like the nineties, or something recent?", "Is there an era you'd like, say the eighties, or something newer?", "Old or new? You could name a decade, like the seventies."],
        ["sample_intro"] = ["How about this?", "Here's one you might like.", "Try this one."],
        ["sample_intro_close"] = ["I think you'll like this one.", "This one should be right up your street.", "Here's a strong match."],
        ["sample_intro_more"] = ["Here's more like that.", "Here's another in the same vein.", "This one's in a similar spirit."],
        ["sample_intro_fresh"] = ["Let's try this one instead.", "Here's something different.", "Maybe this one?"],
        ["sample_outro"] = ["That was {0} by {1}. Did you like it?", "You just heard {0} by {1}. What do you think?", "That's {0} by {1}. Do you like it?"],
        ["suggest_artist"] = ["How about some {0}?", "Would you like some {0}?", "I could play some {0}. Sound good?"],
        ["offer_station_widened"] = ["There isn't enough {0} for a whole station, so I'd add {1}.", "I only have a little {0}, so the station would add {1}."],
        ["accept_widened"] = ["I couldn't find enough {0}, so I've added {1}.", "There wasn't enough {0} for a whole station, so I've added {1}."],
        ["offer_station"] = ["I can start {0}. Shall I?", "Want me to start {0}?", "How about {0}? Shall I start it?"],

        // Reprompts (never with audio).
        ["reprompt_sample"] = ["Did you like {0}? You can say yes, or ask for something else.", "What did you think of {0}? Say yes to keep it, or ask for something else."],
        ["reprompt_artist"] = ["Shall I play some {0}? Just say yes or no.", "Do you fancy some {0}? Say yes to hear them, or ask for something else."],
        ["reprompt_station"] = ["Shall I start {0}? Yes or no?", "Would you like me to start {0}? You can say yes or no."],

        // Answers that re-ask without a decision.
        ["help"] =
        [
            "I'm helping you find music. You can tell me a mood, like laid back or upbeat, a genre, like jazz, a decade, like the eighties, an artist, or what you're doing, like working out. When you hear a sample, say yes if you like it, or ask for something else.",
            "Happy to explain. You can tell me a mood, a genre, a decade, an artist, or what you're up to, like cooking or working out. After a sample, tell me what you think, or ask for something else.",
        ],
        ["open_yes"] = ["Great, what would you like? You can say a mood, a genre, an artist, a decade, or what you're doing.", "Lovely. What are you after? A mood, a genre, an artist, a decade or an activity all work."],
        ["whats_playing"] = ["That was {0} by {1}.", "That one was {0}, by {1}."],
        ["nothing_playing"] = ["Nothing is playing yet; we're still choosing.", "Nothing's playing yet. We're still picking something."],
        ["play_first"] = ["Let's pick something to play first.", "First, let's find something to play."],
        ["unclear"] = ["Sorry, I didn't catch that.", "Sorry, I'm not sure what you meant.", "Hmm, I didn't get that."],

        // Endings.
        ["accept"] = ["Wonderful! Here's {0}, starting with {1} by {2}.", "Enjoy! Starting {0} with {1} by {2}.", "Here we go: {0}, beginning with {1} by {2}."],
        ["accept_track"] = ["Lovely choice. Here's a station based on {0} by {1}.", "Enjoy: a station with {0} by {1}, and more like it.", "Good pick. Playing {0} by {1}, then more in the same spirit."],
        ["goodbye"] = ["Okay, come back any time.", "Alright, goodbye for now.", "Okay, see you next time."],
        ["give_up"] = ["I'm sorry I couldn't find the right thing this time. Try me again any time.", "I've run out of good ideas for now. Please try again later."],
    };

    public static string Key(string family, int index) => family + "/" + index;

    public static string FamilyOf(string key) => key[..key.LastIndexOf('/')];
}
