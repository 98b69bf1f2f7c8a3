using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Tests.TestDoubles;

/// <summary>
/// A listener with a target track who talks to the real skill through <see cref="SkillHarness"/>: answers questions
/// about the target (truthfully, with some "no" and "don't know"), likes items that share its genre and mood,
/// quits now and then, and gives up after twelve replies.
/// </summary>
internal sealed class ScriptedListener(SkillHarness skill, Random random)
{
    private const int MaxReplies = 12;
    private int _seen;

    public async Task ConverseAsync(AlexaRequests alexa, Track target)
    {
        var response = await skill.SayAsync(alexa, alexa.Launch());
        for (var reply = 0; reply < MaxReplies && response.Response.ShouldEndSession != true; reply++)
        {
            var request = random.NextDouble() < 0.05 || LatestDecision() is not { } pending
                ? alexa.Intent("AMAZON.StopIntent")
                : Reply(alexa, ActionId.TryParse(pending.Chosen)!.Value, target);
            response = await skill.SayAsync(alexa, request);
        }

        if (response.Response.ShouldEndSession != true)
        {
            await skill.SayAsync(alexa, alexa.Intent("AMAZON.StopIntent"));
        }

        alexa.NewSession();
    }

    private DecisionRecord? LatestDecision()
    {
        var records = skill.Records.Records;
        DecisionRecord? latest = null;
        for (var i = records.Count - 1; i >= _seen && latest is null; i--)
        {
            latest = records[i] as DecisionRecord;
        }

        _seen = records.Count;
        return latest;
    }

    private SkillRequest Reply(AlexaRequests alexa, ActionId pending, Track target)
    {
        var genre = target.GenreIds[0];
        var mood = target.Energy >= 0.5 ? MusicTaxonomy.Upbeat : MusicTaxonomy.LaidBack;
        switch (pending.Type)
        {
            case ActionType.AskOpen:
                var pick = random.NextDouble();
                return pick < 0.45 ? Genre(alexa, genre) : pick < 0.8 ? Mood(alexa, mood) : Era(alexa, target.EraId!);
            case ActionType.AskMood:
                return Mood(alexa, mood);
            case ActionType.AskGenre:
                var named = pending.Args.FirstOrDefault(g => MusicTaxonomy.IsWithin(genre, g));
                return named is not null ? Genre(alexa, named) : random.NextDouble() < 0.5 ? Genre(alexa, genre) : alexa.Intent("AMAZON.NoIntent");
            case ActionType.AskEra:
                return random.NextDouble() < 0.7 ? Era(alexa, target.EraId!) : alexa.Intent("AMAZON.FallbackIntent");
            default:
                return random.NextDouble() < LikeChance(pending, genre, mood) ? alexa.Intent("AMAZON.YesIntent")
                    : random.NextDouble() < 0.5 ? alexa.Intent("AMAZON.NoIntent")
                    : alexa.Intent(IntentNames.SomethingElse);
        }
    }

    private double LikeChance(ActionId item, string genre, string mood)
    {
        var (genres, itemMood) = item.Type switch
        {
            ActionType.PlaySample when skill.Catalog.FindTrack(item.Args[0]) is { } t => (t.GenreIds, t.Energy >= 0.5 ? MusicTaxonomy.Upbeat : MusicTaxonomy.LaidBack),
            ActionType.SuggestArtist when skill.Catalog.FindArtist(item.Args[0]) is { } a => (a.GenreIds, a.Energy >= 0.5 ? MusicTaxonomy.Upbeat : MusicTaxonomy.LaidBack),
            ActionType.OfferStation when StationSeed.TryParse(item.FirstArg) is { } s => (s.Genre is null ? Array.Empty<string>() : [s.Genre], s.Mood ?? mood),
            _ => ((IReadOnlyList<string>)[], null),
        };
        var genreFits = genres.Any(g => MusicTaxonomy.IsWithin(g, genre) || MusicTaxonomy.IsWithin(genre, g));
        return genreFits && itemMood == mood ? 0.8 : genreFits ? 0.35 : 0.05;
    }

    private static SkillRequest Genre(AlexaRequests alexa, string id) =>
        alexa.Intent(IntentNames.Answer, (SlotNames.Genre, MusicTaxonomy.FindGenre(id)!.Name, id));

    private static SkillRequest Mood(AlexaRequests alexa, string id) =>
        alexa.Intent(IntentNames.Answer, (SlotNames.Mood, MusicTaxonomy.FindMood(id)!.Name, id));

    private static SkillRequest Era(AlexaRequests alexa, string id) =>
        alexa.Intent(IntentNames.Answer, (SlotNames.Era, MusicTaxonomy.FindEra(id)!.Name, id));
}
