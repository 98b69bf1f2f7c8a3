using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// One policy decision: candidates from the catalog → features → policy scores → the distribution actually used →
/// the drawn action with its propensity → the state bookkeeping, the prompt, and the decision record.
/// </summary>
internal sealed class DecisionStep(DialogueServices services)
{
    public sealed record Decision(DialogueState State, RenderedPrompt Prompt, DecisionRecord Record, CandidateAction Action);

    /// <summary>Null when nothing is left to offer (the caller ends the conversation gracefully).</summary>
    public Decision? Decide(TurnInput input, DialogueState state, UserProfile profile, TurnCue cue)
    {
        var set = services.Candidates.Generate(DecisionQueries.For(state, profile, input.Meaning));
        var candidates = set.Candidates;
        if (candidates.Count == 0)
        {
            return null;
        }

        var assigned = services.Policies.Assign(input.UserKey);
        var features = services.Features.ExtractAll(set.Context, candidates);
        Span<double> scores = stackalloc double[candidates.Count];
        Span<double> probabilities = stackalloc double[candidates.Count];
        assigned.Policy.Score(set.Context, candidates, features, scores);
        var chosenIndex = ActionChooser.Choose(scores, state.Exploring, services.Exploration, services.Random, probabilities);
        var chosen = candidates[chosenIndex];

        // The tone follows this decision's closeness: the reply to "i like it" already sounds closer.
        var delivery = ToneRules.For(cue, set.Context.Closeness, set.Context.Sentiment, ToneRules.IncludesApology(state.RecentPhrasings));
        var prompt = services.Renderer.RenderAction(chosen.Id, state, delivery);
        var record = BuildRecord(input, state, assigned, set.Context, candidates, features, scores, probabilities, chosenIndex);
        var next = AfterAction(state, chosen, prompt) with
        {
            PolicyVersion = assigned.Policy.Version,
            Arm = assigned.Arm,
            Closeness = set.Context.Closeness,
            MatchConfidence = set.MatchConfidence,
        };
        return new Decision(next, prompt, record, chosen);
    }

    private DecisionRecord BuildRecord(
        TurnInput input,
        DialogueState state,
        AssignedPolicy assigned,
        PolicyContext context,
        IReadOnlyList<CandidateAction> candidates,
        float[] features,
        ReadOnlySpan<double> scores,
        ReadOnlySpan<double> probabilities,
        int chosenIndex)
    {
        var rows = new CandidateRecord[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            rows[c] = new CandidateRecord(
                candidates[c].Id.ToString(),
                Math.Round(scores[c], 6),
                probabilities[c],
                candidates[c].PoolShare,
                candidates[c].Affinity,
                features.AsSpan(c * FeatureSchema.Count, FeatureSchema.Count).ToArray());
        }

        return new DecisionRecord
        {
            RequestId = input.RequestId,
            ConversationId = state.ConversationId,
            UserKey = input.UserKey,
            Timestamp = input.Now,
            Arm = assigned.Arm,
            PolicyVersion = assigned.Policy.Version,
            ModelVersion = assigned.Policy.ModelVersion,
            Turn = state.Turn,
            Exploring = state.Exploring,
            ExplorationScheme = services.Exploration.SchemeName(state.Exploring),
            Epsilon = state.Exploring ? services.Exploration.Epsilon : 0,
            FeatureSchemaVersion = FeatureSchema.Version,
            CatalogFingerprint = services.Catalog.Fingerprint,
            Input = input.Meaning,
            Context = context,
            Candidates = rows,
            Chosen = candidates[chosenIndex].Id.ToString(),
            Propensity = probabilities[chosenIndex],
            Offered = OfferedContentOf(candidates[chosenIndex].Id),
            Closeness = context.Closeness,
            Sentiment = context.Sentiment,
        };
    }

    /// <summary>The structured content an action offers (attribute ids asked about, or the item).</summary>
    public OfferedContent OfferedContentOf(ActionId action)
    {
        var type = action.Type.ToWire();
        switch (action.Type)
        {
            case ActionType.AskMood:
                return new OfferedContent { Type = type, Attributes = [Music.Taxonomy.MusicTaxonomy.LaidBack, Music.Taxonomy.MusicTaxonomy.Upbeat] };
            case ActionType.AskGenre:
                return new OfferedContent { Type = type, Attributes = [.. action.Args] };
            case ActionType.PlaySample when services.Catalog.FindTrack(action.Args[0]) is { } track:
                return new OfferedContent { Type = type, TrackId = track.Id, ArtistId = track.ArtistId, Attributes = AttributesOf(track) };
            case ActionType.SuggestArtist:
                return new OfferedContent { Type = type, ArtistId = action.FirstArg };
            case ActionType.OfferStation when StationSeed.TryParse(action.FirstArg) is { } seed:
                return new OfferedContent
                {
                    Type = type,
                    StationId = seed.Id,
                    TrackId = seed.TrackId,
                    ArtistId = seed.ArtistId,
                    Attributes = new[] { seed.Genre, seed.Mood, seed.Era, seed.Activity }.OfType<string>().ToArray(),
                };
            default:
                return new OfferedContent { Type = type };
        }
    }

    internal static IReadOnlyList<string> AttributesOf(Music.Catalog.Track track) =>
        [.. track.GenreIds, track.MoodId, .. track.EraId is null ? Array.Empty<string>() : [track.EraId]];

    private static DialogueState AfterAction(DialogueState state, CandidateAction chosen, RenderedPrompt prompt)
    {
        var next = state with
        {
            Turn = state.Turn + 1,
            Pending = new PendingPrompt(chosen.Id.ToString(), state.Turn),
            RecentPhrasings = prompt.PhrasingKeys.Aggregate(state.RecentPhrasings, (list, key) => Bounded.Append(list, key, DialogueState.MaxRecentPhrasings)),
        };

        var id = chosen.Id;
        return id.Type switch
        {
            ActionType.AskOpen => next with { Asked = next.Asked with { Open = next.Asked.Open + 1 } },
            ActionType.AskMood => next with { Asked = next.Asked with { Mood = next.Asked.Mood + 1 } },
            ActionType.AskEra => next with { Asked = next.Asked with { Era = next.Asked.Era + 1 } },
            ActionType.AskGenre => next with
            {
                Asked = next.Asked with { Genre = next.Asked.Genre + 1 },
                Offered = Remember(Remember(next.Offered, OfferKeys.Genre(id.Args[0])), OfferKeys.Genre(id.Args[1])),
            },
            ActionType.PlaySample => next with { SamplesOffered = next.SamplesOffered + 1, Offered = Remember(next.Offered, OfferKeys.Track(id.Args[0])) },
            ActionType.SuggestArtist => next with { ArtistsOffered = next.ArtistsOffered + 1, Offered = Remember(next.Offered, OfferKeys.Artist(id.Args[0])) },
            _ => next with { StationsOffered = next.StationsOffered + 1, Offered = Remember(next.Offered, OfferKeys.Station(id.Args[0])) },
        };
    }

    private static IReadOnlyList<string> Remember(IReadOnlyList<string> list, string key) =>
        Bounded.AppendDistinct(list, key, DialogueState.MaxRememberedItems);
}
