namespace AlexaMusicSkill.Music.Taxonomy;

/// <summary>
/// The one source of genre, mood, era and activity ids. The interaction model's slot types, the catalog,
/// the HetRec tag mapping and the simulator all use these ids; a test checks the skill package against this file.
/// </summary>
public static class MusicTaxonomy
{
    public const string LaidBack = "LAID_BACK";
    public const string InBetween = "IN_BETWEEN";
    public const string Upbeat = "UPBEAT";

    public static IReadOnlyList<Genre> Genres { get; } =
    [
        new("ROCK", "rock", ["rock music", "rock and roll", "classic rock", "hard rock", "guitar music", "rock n roll"]),
        new("ALT_ROCK", "alternative rock", ["alt rock", "alternative", "alternative music", "modern rock"], "ROCK"),
        new("INDIE", "indie", ["indie rock", "indie music", "indie pop", "indie stuff"], "ROCK"),
        new("GRUNGE", "grunge", ["seattle grunge", "grunge rock"], "ALT_ROCK"),
        new("PUNK", "punk", ["punk rock", "pop punk", "punk music"], "ROCK"),
        new("METAL", "metal", ["heavy metal", "metal music", "thrash metal", "hard and heavy", "heavy rock"], "ROCK"),
        new("POP", "pop", ["pop music", "top forty", "chart music", "pop hits", "popular music"]),
        new("SYNTH_POP", "synth pop", ["synthpop", "new wave", "synth", "electropop"], "POP"),
        new("K_POP", "k pop", ["kpop", "korean pop", "korean music"], "POP"),
        new("ELECTRONIC", "electronic", ["electronic music", "electronica", "edm", "electro", "electronic dance music"]),
        new("DANCE", "dance", ["dance music", "club music", "dance pop", "club bangers"], "ELECTRONIC"),
        new("HOUSE", "house", ["house music", "deep house", "techno"], "ELECTRONIC"),
        new("AMBIENT", "ambient", ["ambient music", "chill out music", "downtempo", "trip hop"], "ELECTRONIC"),
        new("LOFI", "lo fi", ["lofi", "lo fi beats", "chillhop", "lo fi hip hop"], "HIP_HOP"),
        new("HIP_HOP", "hip hop", ["rap", "hip hop music", "rap music", "hiphop", "hip hop and rap"]),
        new("RNB", "r and b", ["r&b", "rnb", "rhythm and blues", "contemporary r and b"]),
        new("SOUL", "soul", ["soul music", "motown", "neo soul", "classic soul", "soulful"], "RNB"),
        new("FUNK", "funk", ["funky music", "funk music", "something funky", "funky"]),
        new("DISCO", "disco", ["disco music", "disco hits"], "DANCE"),
        new("JAZZ", "jazz", ["jazz music", "smooth jazz", "bebop", "swing", "big band", "jazzy"]),
        new("BLUES", "blues", ["the blues", "blues music", "delta blues", "blues rock"]),
        new("CLASSICAL", "classical", ["classical music", "orchestral", "symphony", "opera", "piano music"]),
        new("COUNTRY", "country", ["country music", "americana", "bluegrass", "country and western"]),
        new("FOLK", "folk", ["folk music", "acoustic", "folk rock", "acoustic music", "folky", "folksy"]),
        new("SINGER_SONGWRITER", "singer songwriter", ["singer songwriters", "songwriter", "storytellers"], "FOLK"),
        new("REGGAE", "reggae", ["reggae music", "ska", "dub", "dancehall"]),
        new("LATIN", "latin", ["latin music", "reggaeton", "salsa", "latin pop", "bossa nova"]),
        new("SOUNDTRACK", "soundtrack", ["soundtracks", "film score", "movie music", "film music", "movie soundtracks", "film soundtracks", "film scores"]),
        new("GOSPEL", "gospel", ["gospel music", "christian music", "worship music", "spirituals"]),
        new("WORLD", "world music", ["world", "afrobeat", "afrobeats", "african music", "global music", "music from around the world", "international music"]),
    ];

    /// <summary>The mood question is binary (laid back or upbeat); items also carry the middle bucket.</summary>
    public static IReadOnlyList<Mood> Moods { get; } =
    [
        new(LaidBack, "laid back", ["chill", "chilled", "relaxed", "mellow", "calm", "easy going", "soft", "slow", "gentle", "quiet", "low key", "soothing", "peaceful", "relaxing", "chilled out", "chill out", "sad", "melancholy", "melancholic", "dreamy", "slow paced", "easy listening", "a chill vibe", "chill vibes", "calm me down", "wind down", "help me relax"], 0.0, 0.4),
        new(InBetween, "in between", ["something in between", "in the middle", "medium", "moderate", "mid tempo", "not too fast", "a bit of both", "middle of the road"], 0.4, 0.65),
        new(Upbeat, "upbeat", ["energetic", "lively", "happy", "fast", "pumped up", "high energy", "exciting", "uplifting", "loud", "bouncy", "powerful", "intense", "cheerful", "feel good", "energy", "oomph", "a bit of energy", "lots of energy", "peppy", "pumped", "hype", "more energetic", "fast paced", "danceable", "cheer me up", "lift my mood", "pump me up", "get me going", "get me moving"], 0.65, 1.0),
    ];

    public static IReadOnlyList<Era> Eras { get; } =
    [
        new("PRE_FIFTIES", "before the fifties", ["the forties", "forties", "the thirties", "thirties", "vintage", "old time", "really old stuff", "nineteen forties", "the nineteen forties", "nineteen thirties", "the nineteen thirties", "the twenties", "nineteen twenties", "the nineteen twenties", "the roaring twenties", "1940s", "1930s", "the 40s", "the 30s", "the old days", "pre war"], 1600, 1949),
        new("FIFTIES", "the fifties", ["fifties", "nineteen fifties", "the fifties era", "fifties music", "1950s", "the nineteen fifties", "50s", "the 50s", "late fifties", "early fifties", "the late fifties", "the early fifties"], 1950, 1959),
        new("SIXTIES", "the sixties", ["sixties", "nineteen sixties", "sixties music", "1960s", "the nineteen sixties", "60s", "the 60s", "the sixties era", "late sixties", "early sixties", "the late sixties", "the early sixties"], 1960, 1969),
        new("SEVENTIES", "the seventies", ["seventies", "nineteen seventies", "seventies music", "1970s", "the nineteen seventies", "70s", "the 70s", "the seventies era", "late seventies", "early seventies", "the late seventies", "the early seventies"], 1970, 1979),
        new("EIGHTIES", "the eighties", ["eighties", "nineteen eighties", "eighties music", "1980s", "the nineteen eighties", "80s", "the 80s", "the eighties era", "late eighties", "early eighties", "the late eighties", "the early eighties"], 1980, 1989),
        new("NINETIES", "the nineties", ["nineties", "nineteen nineties", "nineties music", "1990s", "the nineteen nineties", "90s", "the 90s", "the nineties era", "late nineties", "early nineties", "the late nineties", "the early nineties"], 1990, 1999),
        new("TWO_THOUSANDS", "the two thousands", ["two thousands", "the noughties", "noughties", "the aughts", "2000s", "early two thousands", "the early two thousands", "the year two thousand", "the 2000s", "the naughties", "the early noughties"], 2000, 2009),
        new("TWENTY_TENS", "the twenty tens", ["twenty tens", "the tens", "the last decade", "2010s", "the twenty teens", "the 2010s", "twenty ten", "the teens"], 2010, 2019),
        new("RECENT", "something recent", ["recent", "new", "new music", "latest", "current", "the twenty twenties", "this decade", "brand new", "newer stuff", "2020s", "modern", "more recent", "this year", "this year's", "new stuff", "newer", "nowadays", "today's", "the latest", "up to date", "contemporary", "the current charts", "these days", "right now"], 2020, 2100),
    ];

    public static IReadOnlyList<Activity> Activities { get; } =
    [
        new("WORKOUT", "working out", ["workout", "exercise", "the gym", "gym", "running", "a run", "training", "lifting", "work out", "my workout", "exercising", "the treadmill", "cardio", "a workout", "jogging", "going for a run", "go for a run", "spinning", "yoga"], 0.85, ["HIP_HOP", "DANCE", "ELECTRONIC", "METAL", "POP"]),
        new("FOCUS", "focus", ["studying", "study", "concentrating", "concentration", "reading", "working", "work", "deep work", "focusing", "concentrate", "focus on work", "homework", "revising", "revision", "coding", "getting work done"], 0.25, ["CLASSICAL", "AMBIENT", "LOFI", "JAZZ"]),
        new("DINNER", "dinner", ["a dinner party", "dinner party", "cooking", "eating", "a nice dinner", "cook", "cooking dinner", "having dinner", "dinner time", "a meal", "a dinner"], 0.35, ["JAZZ", "SOUL", "LATIN", "SINGER_SONGWRITER"]),
        new("PARTY", "a party", ["party", "partying", "a celebration", "celebrating", "dancing", "a house party", "dance", "parties", "a get together", "getting ready to go out", "pre drinks", "a night out", "a birthday party"], 0.9, ["DANCE", "POP", "HIP_HOP", "DISCO", "FUNK", "LATIN"]),
        new("SLEEP", "sleep", ["sleeping", "bedtime", "falling asleep", "going to sleep", "winding down for bed", "fall asleep", "go to sleep", "bed", "nap", "a nap", "napping", "drift off"], 0.1, ["AMBIENT", "CLASSICAL", "LOFI"]),
        new("DRIVING", "driving", ["a drive", "a road trip", "road trip", "the commute", "commuting", "the car", "drive", "a long drive", "car journey", "a car journey", "the drive home", "a long car ride"], 0.65, ["ROCK", "POP", "COUNTRY", "ALT_ROCK"]),
        new("RELAXING", "relaxing", ["unwinding", "chilling out", "lounging", "relaxation", "taking it easy", "a lazy afternoon", "relax", "chill out", "unwind", "chill", "chilling", "a lazy sunday", "a bath", "lounging around", "kicking back", "a quiet night in"], 0.25, ["AMBIENT", "JAZZ", "FOLK", "REGGAE", "SOUL"]),
        new("WAKE_UP", "waking up", ["the morning", "mornings", "getting up", "getting ready", "breakfast", "wake up", "wake me up", "get up", "a morning", "my morning", "getting ready in the morning"], 0.55, ["POP", "INDIE", "FOLK", "FUNK"]),
        new("ROMANCE", "a romantic evening", ["romance", "date night", "a date", "romantic", "love songs", "a romantic dinner", "romantic dinner", "a romantic night", "valentine's day", "a romantic night in"], 0.3, ["RNB", "SOUL", "JAZZ", "POP"]),
        new("CLEANING", "cleaning", ["housework", "chores", "tidying up", "doing the dishes", "clean", "clean the house", "cleaning the house", "tidy up", "tidy", "the housework", "doing chores", "hoovering", "vacuuming"], 0.7, ["POP", "DISCO", "FUNK", "ROCK"]),
    ];

    private static readonly Dictionary<string, Genre> GenresById = Genres.ToDictionary(g => g.Id, StringComparer.Ordinal);
    private static readonly Dictionary<string, Mood> MoodsById = Moods.ToDictionary(m => m.Id, StringComparer.Ordinal);
    private static readonly Dictionary<string, Era> ErasById = Eras.ToDictionary(e => e.Id, StringComparer.Ordinal);
    private static readonly Dictionary<string, Activity> ActivitiesById = Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public static Genre? FindGenre(string? id) => id is not null && GenresById.TryGetValue(id, out var g) ? g : null;

    public static Mood? FindMood(string? id) => id is not null && MoodsById.TryGetValue(id, out var m) ? m : null;

    public static Era? FindEra(string? id) => id is not null && ErasById.TryGetValue(id, out var e) ? e : null;

    public static Activity? FindActivity(string? id) => id is not null && ActivitiesById.TryGetValue(id, out var a) ? a : null;

    /// <summary>The three-way bucket an energy in [0, 1] falls into.</summary>
    public static string MoodForEnergy(double energy) =>
        energy < 0.4 ? LaidBack : energy < 0.65 ? InBetween : Upbeat;

    /// <summary>The era a release year falls into, or null when unknown.</summary>
    public static string? EraForYear(int? year) =>
        year is { } y ? Eras.FirstOrDefault(e => e.Contains(y))?.Id : null;

    /// <summary>True when <paramref name="genreId"/> is <paramref name="ancestorId"/> or one of its sub-genres.</summary>
    public static bool IsWithin(string genreId, string ancestorId)
    {
        for (var current = FindGenre(genreId); current is not null; current = FindGenre(current.ParentId))
        {
            if (current.Id == ancestorId)
            {
                return true;
            }
        }

        return false;
    }
}
