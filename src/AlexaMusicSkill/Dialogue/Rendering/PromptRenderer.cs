using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.State;
using static AlexaMusicSkill.Alexa.Ssml.Ssml;

namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>
/// Turns an action into SSML: an optional opening (welcome or acknowledgement, carrying the tone), the prompt,
/// one sample <c>&lt;audio&gt;</c> for a sample turn with the question after it, a reprompt without audio, and a
/// Standard card for items. Sentences about music (genres, items, stations) are spoken in the music domain; the
/// emotion stays on the opening, so the two are never stacked. Picks among phrasings so no sentence repeats in
/// consecutive turns.
/// </summary>
/// <param name="stationFor">The station an offer would start in this conversation (so an offer is named by what the
/// station will really play); by default the seed's station, built from the catalog alone.</param>
public sealed class PromptRenderer(ICatalog catalog, Func<StationSeed, DialogueState, Station>? stationFor = null)
{
    private readonly Func<StationSeed, DialogueState, Station> _stationFor = stationFor ?? DefaultStations(catalog);

    private static readonly TimeSpan PauseAfterSample = TimeSpan.FromMilliseconds(300);

    /// <param name="sameWords">Say it exactly as last time (a retried request), instead of varying the phrasing.</param>
    public RenderedPrompt RenderAction(ActionId action, DialogueState state, Delivery delivery, bool sameWords = false)
    {
        var keys = new List<string>(4);
        var say = (string family, object[] args) => Say(family, state, keys, sameWords, args);
        var nodes = new List<SsmlNode>(5);
        if (delivery.Opening is { } opening)
        {
            nodes.Add(delivery.Tone.Apply(S(say(opening, []))));
        }

        CardContent? card = null;
        SsmlNode reprompt;
        switch (action.Type)
        {
            case ActionType.AskOpen:
            case ActionType.AskMood:
            case ActionType.AskEra:
                var question = S(say(action.Type.ToWire(), []));
                nodes.Add(question);
                reprompt = question;
                break;
            case ActionType.AskGenre:
                var pair = MusicStyle(S(say("ask_genre", [SpokenNames.Genre(action.Args[0]), SpokenNames.Genre(action.Args[1])])));
                nodes.Add(pair);
                reprompt = pair;
                break;
            case ActionType.PlaySample:
                var track = catalog.FindTrack(action.Args[0]) ?? throw new InvalidOperationException($"Unknown track {action.Args[0]}.");
                var artist = SpokenNames.ArtistName(track.ArtistId, catalog);
                nodes.Add(S(say(IntroFamily(delivery, state, sameWords), [])));
                nodes.Add(Audio(track.SampleUrl, track.SampleDuration));
                nodes.Add(Break(PauseAfterSample));
                nodes.Add(MusicStyle(S(say("sample_outro", [track.Title, artist]))));
                reprompt = S(say("reprompt_sample", [track.Title]));
                card = new CardContent(track.Title, $"{track.Title}\nby {artist}");
                break;
            case ActionType.SuggestArtist:
                var name = SpokenNames.ArtistName(action.Args[0], catalog);
                nodes.Add(MusicStyle(S(say("suggest_artist", [name]))));
                reprompt = S(say("reprompt_artist", [name]));
                card = new CardContent(name, $"Suggested artist: {name}");
                break;
            default:
                var planned = _stationFor(StationSeed.TryParse(action.FirstArg) ?? new StationSeed(), state);
                var station = SpokenNames.Station(planned.Label, catalog);
                if (planned.Widened.Count > 0)
                {
                    nodes.Add(MusicStyle(S(say("offer_station_widened", [SpokenNames.AskedFor(planned.Seed.Described, catalog), SpokenNames.Added(planned.Widened)]))));
                }

                nodes.Add(MusicStyle(S(say("offer_station", [station]))));
                reprompt = S(say("reprompt_station", [station]));
                card = new CardContent("Station", Capitalize(station));
                break;
        }

        return new RenderedPrompt(Speak([.. nodes]), Speak(reprompt), keys, card);
    }

    /// <summary>
    /// The last words of a conversation that ends in music: excited, or in the music domain (never both). The station
    /// is named by what all its tracks have; when it had to widen the search, a second sentence says how.
    /// </summary>
    public RenderedPrompt RenderAcceptance(Station built, Track first, DialogueState state, Tone tone)
    {
        var keys = new List<string>(2);
        var seed = built.Label;
        var station = SpokenNames.Station(seed, catalog);
        var artist = SpokenNames.ArtistName(first.ArtistId, catalog);
        // A station seeded by the very track it starts with is said once ("a station based on X by Y").
        var sentence = seed.TrackId == first.Id
            ? S(Say("accept_track", state, keys, first.Title, artist))
            : S(Say("accept", state, keys, station, first.Title, artist));
        var spoken = tone.Emotion is null ? MusicStyle(sentence) : tone.Apply(sentence);
        var card = new CardContent("Now playing", $"{first.Title}\nby {artist}\n{Capitalize(station)}");
        if (built.Widened.Count == 0)
        {
            return new RenderedPrompt(Speak(spoken), Speak(sentence), keys, card);
        }

        var widened = MusicStyle(S(Say("accept_widened", state, keys, SpokenNames.AskedFor(built.Seed.Described, catalog), SpokenNames.Added(built.Widened))));
        return new RenderedPrompt(Speak(spoken, widened), Speak(sentence), keys, card);
    }

    private static Func<StationSeed, DialogueState, Station> DefaultStations(ICatalog catalog)
    {
        var builder = new StationBuilder(catalog);
        return (seed, _) => builder.Build(seed);
    }

    /// <summary>One sentence from a family, then (optionally) the pending prompt again, audio and all.</summary>
    public RenderedPrompt RenderWithPending(string family, DialogueState state, RenderedPrompt? pending, Tone tone, params object[] args)
    {
        var keys = new List<string>(2);
        var opening = tone.Apply(S(Say(family, state, keys, args)));
        if (pending is null)
        {
            return new RenderedPrompt(Speak(opening), Speak(opening), keys);
        }

        keys.AddRange(pending.PhrasingKeys);
        return new RenderedPrompt(Speak([opening, .. pending.Speech.Children]), pending.Reprompt, keys, pending.Card);
    }

    /// <summary>An answer without a decision (help, what's playing), then the pending prompt's short, audio-free form.</summary>
    public RenderedPrompt RenderReask(string family, DialogueState state, ActionId? pending, params object[] args)
    {
        var keys = new List<string>(5);
        var opening = S(Say(family, state, keys, args));
        if (pending is not { } action)
        {
            return new RenderedPrompt(Speak(opening), Speak(opening), keys);
        }

        // Render the pending prompt as if this sentence was already said, so none of its phrasings repeats it.
        var prompt = RenderAction(action, state with { RecentPhrasings = [.. state.RecentPhrasings, .. keys] }, Delivery.Plain);
        keys.AddRange(prompt.PhrasingKeys);
        return new RenderedPrompt(Speak([opening, .. prompt.Reprompt.Children]), prompt.Reprompt, keys, prompt.Card);
    }

    /// <summary>The family introducing a sample; a retried request finds the one it used last time.</summary>
    private static string IntroFamily(Delivery delivery, DialogueState state, bool sameWords)
    {
        if (sameWords)
        {
            for (var i = state.RecentPhrasings.Count - 1; i >= 0; i--)
            {
                var family = Phrasebook.FamilyOf(state.RecentPhrasings[i]);
                if (family.StartsWith(Delivery.DefaultSampleIntro, StringComparison.Ordinal))
                {
                    return family;
                }
            }
        }

        return delivery.SampleIntro;
    }

    private static string Say(string family, DialogueState state, List<string> keys, params object[] args) =>
        Say(family, state, keys, false, args);

    /// <summary>
    /// The variant not said recently (a stable per-turn hash picks among several), else the least recently said one:
    /// the previous turn's phrasings are the most recent, so a family with two or more variants never repeats them.
    /// </summary>
    private static string Say(string family, DialogueState state, List<string> keys, bool sameWords, object[] args)
    {
        var variants = Phrasebook.Families[family];
        if (sameWords && state.RecentPhrasings.LastOrDefault(k => Phrasebook.FamilyOf(k) == family) is { } previous)
        {
            var index = int.Parse(previous[(family.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            keys.Add(previous);
            return Format(variants[index], args);
        }

        var start = (int)(StableHash($"{state.ConversationId}|{state.Turn}|{family}") % (uint)variants.Length);
        var chosen = start;
        var oldest = int.MaxValue;
        for (var k = 0; k < variants.Length; k++)
        {
            var index = (start + k) % variants.Length;
            var key = Phrasebook.Key(family, index);
            if (keys.Contains(key))
            {
                continue;
            }

            var lastSaid = LastIndexOf(state.RecentPhrasings, key);
            if (lastSaid < 0)
            {
                chosen = index;
                break;
            }

            if (lastSaid < oldest)
            {
                oldest = lastSaid;
                chosen = index;
            }
        }

        keys.Add(Phrasebook.Key(family, chosen));
        return Format(variants[chosen], args);
    }

    private static int LastIndexOf(IReadOnlyList<string> list, string key)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Format(string template, object[] args) =>
        args.Length == 0 ? template : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);

    // string.GetHashCode and HashCode.Combine are seeded per process; the phrasing must be the same on every
    // Lambda instance and in every replay, so this is a fixed hash (FNV-1a).
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
