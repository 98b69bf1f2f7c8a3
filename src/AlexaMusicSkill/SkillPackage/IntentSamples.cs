using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// The sample utterances of every intent, as templates expanded by <see cref="SampleTemplate"/>. Request intents are
/// carriers ("can you find me …", "stick on …") around <see cref="MusicDescriptions"/>; the most common carriers take
/// every description, the rest the short ones. Carriers belong to one intent each, so no sample is in two intents
/// (the generator refuses a model where one is).
/// </summary>
public static class IntentSamples
{
    private static readonly string[] AttributeSlots = [SlotNames.Mood, SlotNames.Genre, SlotNames.Era, SlotNames.Artist, SlotNames.Activity];

    /// <summary>The intents in the order the model declares them, with their slots (name → type) and sample templates.</summary>
    public static IReadOnlyList<IntentTemplate> All { get; } =
    [
        new(IntentNames.FindMusic, AttributeSlots, FindMusic()),
        new(IntentNames.PlayMusic, AttributeSlots, PlayMusic()),
        new(IntentNames.Answer, AttributeSlots, Answer()),
        new(IntentNames.Feedback, [SlotNames.Feedback], Feedback()),
        new(IntentNames.SomethingElse, [], SomethingElse()),
        new(IntentNames.MoreLikeThis, [], MoreLikeThis()),
        new(IntentNames.RestartSearch, [], RestartSearch()),
        new(IntentNames.ForgetMe, [], ForgetMe()),
        new(IntentNames.WhatsPlaying, [], WhatsPlaying()),
        new("AMAZON.YesIntent", [], Yes()),
        new("AMAZON.NoIntent", [], No()),
        new("AMAZON.HelpIntent", [], Help()),
        new("AMAZON.StopIntent", [], ["i'm done", "[that's|that is] all [for now|thanks|thank you|]", "[goodbye|bye|bye bye] [|for now|then]", "that's enough [|thanks]", "turn it off", "switch it off", "turn the music off", "i'm finished", "we're done", "stop the music", "stop playing", "i'm good thanks", "no more music", "quit", "i'm done [thanks|for now]", "that's enough music"]),
        new("AMAZON.CancelIntent", [], ["never mind", "forget it", "cancel that", "cancel it"]),
        new("AMAZON.FallbackIntent", [], []),
        new("AMAZON.NavigateHomeIntent", [], []),
        new("AMAZON.PauseIntent", [], ["pause [the song|the music|it|this|please]", "pause for a [second|sec|moment|bit]", "hold on", "wait a second", "hang on"]),
        new("AMAZON.ResumeIntent", [], ["resume [the song|the music|it|playing|please]", "carry on", "unpause", "keep playing", "continue playing"]),
        new("AMAZON.NextIntent", [], ["next [song|track|please]", "skip [this song|this track|the song|ahead]", "play the next [song|track|one]", "skip it", "skip this"]),
        new("AMAZON.PreviousIntent", [], ["previous [song|track|one]", "play the [last|previous] [song|track|one] [again|]", "go back to the [last|previous] [song|track|one]", "back one song"]),
        new("AMAZON.StartOverIntent", [], ["[|start] from the [beginning|start|top]", "play [it|this|that|the song] from the [beginning|start]", "start [this|the] song [again|over]", "restart [this|the] song", "play [that|this] song again", "play it again"]),
        new("AMAZON.RepeatIntent", [], ["pardon [|me]", "sorry what", "come again", "what did you say", "[can|could] you repeat [that|it|the question|that please]", "repeat [the question|please]", "can i hear [that|it] again", "play that again", "one more time", "say it again", "what was the question"]),
        new("AMAZON.LoopOnIntent", [], ["[repeat|loop] this [|song|track|one]", "put [it|this|this song] on repeat", "[keep repeating|keep playing] this [song|one]", "turn on [repeat|loop]", "loop it"]),
        new("AMAZON.LoopOffIntent", [], ["stop [repeating|looping] [|this song]", "turn off [repeat|looping|loop]", "no more repeat", "repeat off"]),
        new("AMAZON.ShuffleOnIntent", [], ["shuffle [it|the songs|please]", "turn shuffle on"]),
        new("AMAZON.ShuffleOffIntent", [], ["stop shuffling [|please]", "turn shuffle off", "no shuffle"]),
    ];

    private static string[] FindMusic() =>
    [
        // Name-free and open requests (also what CanFulfill is asked with): no attributes yet.
        "[|please|can you|could you|would you] help me [find|pick|choose] [music|some music|something to listen to|something good|something new|a song|some songs|some tunes]",
        "[|please|can you|could you] find me [music|some music|something to listen to|something good|something new|a song|some songs|some tunes|something]",
        "[|can you|could you|please] [recommend|suggest] [me|] [some music|music|something|a song|some songs|something good|something to listen to]",
        "[recommend|suggest] something [new|good]",
        "i [need|want|would like|'d like] [some music|music|something to listen to|something new|a recommendation|some new music|new music]",
        "i want to hear something new",
        "i want to [discover|find] [some|] new music",
        "what should i [listen to|play|put on]",
        "what [would|do] you recommend",
        "give me [a recommendation|some music|something to listen to]",
        "any [recommendations|suggestions]",
        "[i like both|i like both of them|both|both are fine|both sound good]",
        "either [one|is fine|works|of them|will do|one is fine]",
        "either",
        // Carriers around descriptions of the music.
        .. SampleTemplate.Around(
            ["find me", "help me find", "can you find me", "recommend", "can you recommend", "i want", "i'd like", "i need", "i'm looking for", "i'm in the mood for"],
            MusicDescriptions.Full),
        .. SampleTemplate.Around(
            ["find", "suggest", "recommend me", "give me", "i feel like", "could you find me", "please find me", "find us", "could you recommend", "can you recommend me", "can you suggest", "could you suggest", "i would like", "i really want", "i'd really like",
             "i'd love", "i am looking for", "i'm after", "i fancy", "i'd like to hear", "i'd love to hear", "i want to listen to", "i'd like to listen to", "let's listen to",
             "can i get", "can i have", "could i have", "get me", "search for", "look for", "we want", "we need", "we'd like", "in the mood for", "[please|can you|could you] help me find", "give us",
             "[i want|i'd like|i need|give me|find me] … please"],
            MusicDescriptions.Short),
        .. SampleTemplate.Around(["do you have any", "have you got any", "got any", "are there any", "you got any", "do you have", "have you got"], MusicDescriptions.Nouns),
    ];

    private static string[] PlayMusic() =>
    [
        .. SampleTemplate.Around(["play", "play me", "can you play", "put on", "i want to hear"], MusicDescriptions.Full),
        .. SampleTemplate.Around(
            ["please play", "let me hear", "could you play", "can you play me", "play us", "just play", "kindly play", "can you put on", "could you put on", "stick on", "pop on", "throw on", "start playing",
             "let's hear", "i wanna hear", "[yeah|yes|ok|okay|sure|alright] [play|put on]", "[can you|] play … [please|instead|for me|now]", "put on … [please|instead]", "i want to hear … please"],
            MusicDescriptions.Short),
        "[start|play|put on] [a|an] [|{mood}] {genre} station",
        "[start|play|put on] [a|an] {mood} station",
        "[start|play] [a|an] {era} [|{genre}] station",
        "[start|play] [a|an] {artist} station",
        "[start|play] a station [like|for] {artist}",
        "[start|play] a station for [my|] {activity}",
        "[start|play] a [|{mood}] {activity} station",
    ];

    private static string[] Answer() =>
    [
        .. SampleTemplate.Around(["", "maybe", "how about", "what about", "i'd say", "definitely", "i think"], MusicDescriptions.Answers),
        .. SampleTemplate.Around(
            ["let's go with", "let's do", "i'd prefer", "probably", "let's have", "i guess", "actually", "go with", "perhaps", "actually i'd prefer", "i prefer", "i'd rather have", "i'd rather",
             "can we do", "can we have", "could we have", "um", "uh", "erm", "hmm", "yeah", "yes", "ok", "okay", "oh", "well", "just", "only", "mostly",
             "… [please|i think|i guess|instead|maybe|probably|sounds good|would be good|would be nice|would be great|if you have it|for sure|i suppose]",
             "[no|nah|not really|neither|not really either|neither of those] [how about|what about|maybe|can we do|i'd prefer]", "[no|not really] but [how about|maybe]",
             "[how about|what about|maybe] … instead"],
            MusicDescriptions.Short),
        .. SampleTemplate.Around(["… please", "… i think", "… i guess"], MusicDescriptions.Answers),
        // Two answers in one breath: "upbeat please, something from the eighties", "rock but something from the seventies".
        .. Joined(["{mood}", "something {mood}"], ["{era}", "something from {era}", "from {era}", "music from {era}"]),
        .. Joined(["{genre}", "{genre} music"], ["{era}", "something from {era}", "from {era}", "something {mood}", "{mood}"]),
        .. Joined(["{era}", "something from {era}"], ["{mood}", "something {mood}", "{genre}"]),
        .. Joined(["{mood}", "something {mood}", "{genre}"], ["for {activity}", "i'm {activity}", "we're {activity}", "for my {activity}"]),
        // Saying what one is doing or feeling, or who one likes.
        "[i'm|we're|i am|we are] [|going] {activity}",
        "[i'm|we're] having {activity}",
        "i'm [about to go|going to be|off to] {activity}",
        "i want to {activity}",
        "[i'm|i am] feeling {mood}",
        "i feel {mood}",
        "[i'm in|in] [a|an] {mood} mood",
        "{mood} [please|] [i'm|i am|because i'm|cause i'm] [tired|knackered|exhausted|shattered|stressed|worn out|in a good mood|feeling good]",
        "i [really|] [like|love] [{artist}|{genre}]",
        "[i'm|i am] [a|a big|a huge] fan of [{artist}|{genre}]",
        "i'm [into|really into] [{genre}|{artist}]",
        "i [usually|mostly|always|] listen to [{genre}|{artist}]",
        "the {genre} one",
        "{genre} sounds good",
        "[yes|yeah] [|please] {era}",
        "[yes|yeah] [|maybe] [|something from] {era}",
    ];

    /// <summary>Two answer fragments of different kinds with the joiners people use between them.</summary>
    private static IEnumerable<string> Joined(string[] first, string[] second) =>
        from a in first
        from joiner in new[] { "and", "but", "please", "", "and maybe", "but something" }
        from b in second
        where !(joiner == "but something" && b.StartsWith("something", StringComparison.Ordinal))
        select $"{a} {joiner} {b}";

    private static string[] Feedback() =>
    [
        "{feedback}",
        "[i|yeah|oh|honestly|hmm|well|really|actually|um|wow|ah|nah|no|just|kind of|a bit|bit|sort of|pretty|quite|way|far|so|too] {feedback}",
        "[that's|it's|this is|that is|it is|this one's|that one's|this one is|that one is|that was|it was|this was|it's just|it's kind of|it's a bit|that's a bit|this is a bit|it feels|it sounds|that sounds|this sounds|sounds|sounds a bit|the song is|that song is|this song is|this track is|that track was|that sample was|i think it's|i find it|i found it] {feedback}",
        "{feedback} [thanks|to be honest|honestly|to be fair|to me|for me|i guess|i think|really|though|actually|if i'm honest]",
        "[a bit|bit|it's a bit|it's|that's|that's a bit] {feedback} for me",
        "[i think|to be honest|honestly] [it's|that's] {feedback}",
        "oh that's {feedback}",
        "[yeah|no|nah|hmm] [it's|that's] {feedback}",
    ];

    private static string[] SomethingElse() =>
    [
        "something else [|please]", "play something else", "[try|play] another one", "another one [please|]", "a different one", "something different [|please]", "try something different",
        "not this one", "give me another [|one]", "another sample", "next one [|please]", "skip this one", "try again", "can i hear something else", "let's hear another [|one]",
        "what else [do you have|have you got|you got|is there]", "anything else", "different song", "i want something else", "[no|nah|nope] [something else|another one|try another one|next one|something different]",
        "[no|nah] i want something else", "not [her|him|them|that one]", "who else [have you got|do you have|is there|you got|can you suggest]", "[someone|somebody] else [|please]",
        "a different [artist|song|track|band]", "try [someone|somebody] else", "[show|give] me [something|someone] else", "i'd like something else", "let's try something else", "another", "try a different one", "play a different [song|one]", "can we try something else", "i'd rather hear something else",
    ];

    private static string[] MoreLikeThis() =>
    [
        "more like [this|that] [|please|one]", "[something|play something] similar [|please]", "similar music", "more of [this|that] [|please]", "i want more like [this|that]",
        "something like [this|that] [|one]", "in this style", "keep it like this", "more in this vein", "similar to this one", "another one like [this|that]",
        "play more [|songs|music|stuff] like [this|that]", "[give me|play me] more like [this|that]", "[songs|music|stuff] like [this|that]", "more [songs|music|stuff] like [this|that]",
        "i'd like more like [this|that]", "keep them coming", "more of the same", "same again",
    ];

    private static string[] RestartSearch() =>
    [
        "start again", "let's start again", "begin again", "new search", "start from scratch", "let's start from the beginning", "reset", "let's try again from the top", "start a new search",
        "forget what i said", "let's begin again", "[can we|could we|let's] start [from scratch|afresh|all over again|over from scratch]", "can we start again", "let's start over", "from scratch",
    ];

    private static string[] ForgetMe() =>
    [
        "forget me", "forget my [history|preferences|taste]", "delete my [data|history|profile|listening history]", "erase my [listening history|data|history]", "forget everything about me",
        "delete everything you know about me", "remove my data", "clear my [history|data]", "forget what you know about [me|my taste|my music taste]", "wipe my [data|history]", "stop remembering me",
    ];

    private static string[] WhatsPlaying() =>
    [
        "what's playing", "what is playing", "what song is this", "who is this", "who's singing", "what's this song [|called]", "who sings this [|song]", "what was that [|song]", "who was that",
        "what is this song", "what's the name of this song", "who is this artist", "what am i listening to", "what's this", "what is this", "who's this", "[who's|who is] the [artist|singer|band]",
        "what's this called", "tell me what's playing", "[can you|could you|] tell me [who that was|who this is|who sings this|what this is|what song this is]", "what song was that", "who sang that",
        "what's the artist", "who's playing", "what's on", "what song is playing", "what's the [song|track] [|called]", "what is the name of this [song|track]", "what's the name of [that|the] [song|track|artist|band]", "who is singing", "who is the [artist|singer|band]",
    ];

    private static string[] Yes() =>
    [
        "yeah", "yep", "yes please", "sure", "sounds good", "go for it", "let's do it", "play it", "okay play it", "absolutely", "why not", "sure thing", "go ahead", "that one", "do it",
        "[yes|yeah|yep|sure|ok|okay|perfect|great|lovely|brilliant|alright|go on] [play that|play it|play that one|start it|start the station|let's hear it|go for it|do it|go ahead|why not]",
        "[|yeah|yes|ok] go on [|then]", "let's hear it", "start the station", "[open|launch|start] [it|the station]", "play that [|one]", "[yes|yeah] [play|start] the whole [song|thing|track]",
        "play the whole [song|thing|track]", "whatever you think", "[yes|yeah|yep] i did", "i did [|actually|yes]", "[yes|yeah] i [liked|loved] it", "yes i like it", "of course", "definitely yes",
        "yes that one", "yeah that one", "that's it", "please do", "sounds great", "i'd love that", "yes start it", "let's go", "[ok|okay|alright|fine] then", "[yes|yeah|sure|ok|okay] [please|let's do it|that sounds good]", "ok", "okay", "yes sure", "yeah sure", "ok sure", "okay sure", "go on",
    ];

    private static string[] No() =>
    [
        "nah", "nope", "no thank you", "no way", "i don't think so", "i don't know", "no idea", "nothing in particular", "not sure", "surprise me", "you choose", "anything is fine",
        "i don't mind", "no preference", "[i'm|i am] not sure", "neither [|of those|of them|one]", "none of [the above|those|them]", "[it|] doesn't matter", "no particular [decade|genre|mood|era|preference|one]",
        "i've heard enough [|of her|of him|of them|of that]", "i don't care", "[you|you can] [pick|decide]", "up to you", "[it's|] your choice", "not now", "not at the moment", "no not really",
        "i have no idea", "dunno", "no [|thanks] not that", "anything [really|at all]",
    ];

    private static string[] Help() =>
    [
        "what can i say", "how does this work", "what can you do", "i need help", "what kind of music do you have", "what [are my options|can i ask|can i ask for|do i say|should i say|do you do|are the options]",
        "how do i use [this|it|this skill]", "what do you mean", "[can you|could you] tell me what i can say", "i don't understand", "how does it work", "what genres do you have",
        "what kind of [things|stuff] can i say", "what is this skill", "what music do you have", "help me out",
    ];
}

/// <summary>One intent of the model: name, the slot names it declares, and its sample templates.</summary>
public sealed record IntentTemplate(string Name, IReadOnlyList<string> Slots, IReadOnlyList<string> Templates);
