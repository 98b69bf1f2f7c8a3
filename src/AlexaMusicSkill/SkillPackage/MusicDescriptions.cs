namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// How people describe the music they want, as sample templates (<see cref="SampleTemplate"/>) over the five
/// attribute slots: one attribute ("some {genre}", "something {mood}", "music from {era}", "something to {activity}
/// to", "anything by {artist}") and the combinations people say in either order ("{mood} {genre} from {era}",
/// "{genre} from {era} that's {mood}", "{mood} music for my {activity}"). The request intents put carriers around
/// these ("find me …", "play …", "how about …"); the answer intent also takes them bare.
/// </summary>
public static class MusicDescriptions
{
    /// <summary>Noun phrases without a determiner, so carriers ending in "any" or "some" can take them.</summary>
    public static IReadOnlyList<string> Nouns { get; } =
    [
        "{genre}",
        "{genre} [music|stuff|songs]",
        "{mood} [music|stuff|songs|vibes]",
        "{era} [music|stuff|songs|hits]",
        "[old school|classic] {era} [music|stuff|hits]",
        "[music|songs|stuff|hits] from {era}",
        "{activity} [music|songs|vibes|playlist]",
        "[music|songs|stuff] for [my|] {activity}",
        "[music|songs|stuff] to {activity} [to|]",
        "[music|songs|stuff] for when [i'm|i am|we're] {activity}",
        "[music|songs] to [help me|] {mood}",
        "{artist}",
        "{artist} [songs|music|tracks|hits]",
        "[music|songs|stuff|tracks] by {artist}",
        "[music|songs|stuff] like {artist}",
        "[music|songs|stuff|artists|bands] similar to {artist}",
        "[artists|bands|singers] like {artist}",
        "{mood} {genre} [|music|stuff|songs]",
        "{genre} [|music] [that's|that is] {mood}",
        "{era} {genre} [|music|stuff|songs]",
        "{genre} [|music|stuff|songs] from {era}",
        "{mood} {era} {genre} [|music]",
        "{mood} {genre} [|music] from {era}",
        "{genre} from {era} [that's|that is] {mood}",
        "{mood} [music|songs|stuff] from {era}",
        "{mood} {era} [music|stuff|songs]",
        "{genre} [|music|songs] for [my|] {activity}",
        "{genre} to {activity} to",
        "{mood} [music|songs|stuff] for [my|] {activity}",
        "{mood} {genre} for [my|] {activity}",
        "{artist} from {era}",
        "{artist} [songs|tracks] from {era}",
        "{era} [music|songs] for [my|] {activity}",
    ];

    /// <summary>The same with determiners, and the "something …" phrases: what follows "find me", "play", "how about".</summary>
    public static IReadOnlyList<string> Full { get; } =
    [
        .. Nouns,
        "[some|a bit of|more] {genre} [|music|stuff|songs]",
        "[some|more] {mood} [music|stuff|songs]",
        "some [music|songs|stuff] from {era}",
        "some {era} [music|stuff|songs|hits]",
        "some [music|songs|tunes] for [my|] {activity}",
        "some {activity} music",
        "[some|more] {artist}",
        "some {artist} [songs|music|tracks]",
        "some [music|songs|stuff] by {artist}",
        "some {mood} {genre} [|music]",
        "some {era} {genre} [|music]",
        "some {genre} [|music] from {era}",
        "some {mood} {genre} from {era}",
        "some {mood} {era} {genre}",
        "some {mood} [music|songs] from {era}",
        "some {genre} [|music] for [my|] {activity}",
        "some {mood} [music|songs|stuff] for [my|] {activity}",
        "some {mood} {genre} for [my|] {activity}",
        "some {artist} from {era}",
        "[something|anything] [|a bit|a little] [|more] {mood}",
        "something [|a bit|a little] [|more] {genre}",
        "something [|a bit|a little] [|more] {era}",
        "[something|anything] [from|out of] {era}",
        "[something|anything] for [my|] {activity}",
        "something to {activity} [to|]",
        "something [to help me|that helps me|i can] {activity} [to|]",
        "something [for when|while] [i'm|i am|we're] {activity}",
        "something to listen to [while|when] [i'm|we're] {activity}",
        "something to [help me|] {mood}",
        "[something|anything] similar to {artist}",
        "[something|anything] by {artist}",
        "[something|anything|someone|somebody] like {artist}",
        "[someone|somebody|an artist|a band] from {era}",
        "something {mood} from {era}",
        "something {mood} for [my|] {activity}",
        "something {mood} [by|like] {artist}",
        "something {genre} from {era}",
        "something {genre} for [my|] {activity}",
        "something from {era} [that's|that is] {mood}",
        "something with [a bit of|some|more|a lot of|lots of] {mood}",
        "a {genre} [song|track]",
        "a {mood} [song|track]",
        "a [song|track|tune] [by|from] {artist}",
        "a [song|track|tune] from {era}",
    ];

    /// <summary>What an answer to a question can be: any description, and also a bare mood, decade or activity.</summary>
    public static IReadOnlyList<string> Answers { get; } =
    [
        .. Full,
        "{mood}",
        "{era}",
        "{activity}",
        "[|a bit|a little|a lot|much] more {mood}",
        "[a bit|a little] {mood}",
    ];

    /// <summary>The one- and two-attribute phrases people say most: what the less common carriers take.</summary>
    public static IReadOnlyList<string> Short { get; } =
    [
        "{genre}",
        "[some|a bit of] {genre}",
        "[some|] {genre} music",
        "[some|] {mood} music",
        "something [|a bit|a little] [|more] {mood}",
        "something [|more] {genre}",
        "{era} [music|stuff]",
        "some {era} music",
        "[some|] music from {era}",
        "something from {era}",
        "[someone|somebody] from {era}",
        "[some|] music for [my|] {activity}",
        "something for [my|] {activity}",
        "something to {activity} [to|]",
        "{artist}",
        "some {artist}",
        "[some|] {artist} songs",
        "[some|] {genre} songs",
        "[something|anything] by {artist}",
        "[something|music] like {artist}",
        "[some|] {mood} {genre}",
        "[some|] {era} {genre}",
        "[some|] {genre} from {era}",
        "[some|] {mood} {genre} from {era}",
        "[some|] {genre} for {activity}",
        "[some|] {mood} music for {activity}",
        "something {mood} for {activity}",
        "something {mood} from {era}",
    ];
}
