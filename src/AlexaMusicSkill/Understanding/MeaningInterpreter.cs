using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Understanding;

/// <summary>
/// Turns Alexa's intent and slots into a <see cref="UserMeaning"/>: resolved attribute ids only (an id we do not
/// know is treated as not understood), and a confidence from entity-resolution status and fallbacks.
/// </summary>
public sealed class MeaningInterpreter(ICatalog catalog)
{
    private const double PartlyUnderstood = 0.7;

    public UserMeaning Interpret(Request request) => request switch
    {
        LaunchRequest => UserMeaning.Of(UserAct.Launch),
        SessionEndedRequest ended => new UserMeaning { Act = UserAct.SessionEnded, EndReason = ended.Reason },
        IntentRequest { Intent: { } intent } => Interpret(intent),
        CanFulfillIntentRequest { Intent: { } intent } => Interpret(intent),
        _ => new UserMeaning { Act = UserAct.Fallback, Confidence = 0.1 },
    };

    public UserMeaning Interpret(Intent intent)
    {
        if (intent.Name is null || !IntentDispatchTable.Acts.TryGetValue(intent.Name, out var act))
        {
            return new UserMeaning { Act = UserAct.Fallback, Confidence = 0.1 };
        }

        if (act == UserAct.Fallback)
        {
            return new UserMeaning { Act = act, Confidence = 0.1, ErStatus = ErStatuses.None };
        }

        var tally = new Tally();
        var meaning = new UserMeaning
        {
            Act = act,
            Mood = tally.Resolve(intent.GetSlot(SlotNames.Mood), id => MusicTaxonomy.FindMood(id) is not null),
            Genre = tally.Resolve(intent.GetSlot(SlotNames.Genre), id => MusicTaxonomy.FindGenre(id) is not null),
            Era = tally.Resolve(intent.GetSlot(SlotNames.Era), id => MusicTaxonomy.FindEra(id) is not null),
            Artist = tally.Resolve(intent.GetSlot(SlotNames.Artist), id => catalog.FindArtist(id) is not null),
            Activity = tally.Resolve(intent.GetSlot(SlotNames.Activity), id => MusicTaxonomy.FindActivity(id) is not null),
            Feedback = tally.Resolve(intent.GetSlot(SlotNames.Feedback), id => FeedbackVocabulary.Find(id) is not null),
            HeardFeedbackWords = intent.GetSlot(SlotNames.Feedback)?.Value,
        };

        return meaning with { ErStatus = tally.Status, Confidence = FeedbackConfidence(meaning, tally.Confidence) };
    }

    /// <summary>
    /// Feedback in words of its own ("kinda boring honestly") resolves to no slot value, yet we understood how the
    /// listener feels when the sentiment scorer finds evidence in it: as well as a partly resolved request.
    /// </summary>
    private static double FeedbackConfidence(UserMeaning meaning, double confidence) =>
        meaning.Act == UserAct.Feedback && meaning.Feedback is null && meaning.HeardFeedbackWords is { } words
            && SentimentScorer.ScoreWords(words).IsKnown
            ? Math.Max(confidence, PartlyUnderstood)
            : confidence;

    /// <summary>Counts heard, resolved and unresolved slots for the ER status and the confidence.</summary>
    private sealed class Tally
    {
        private int _resolved;
        private int _unresolved;

        public string Status => _unresolved > 0 ? ErStatuses.NoMatch : _resolved > 0 ? ErStatuses.Match : ErStatuses.None;

        public double Confidence => (_resolved, _unresolved) switch
        {
            (_, 0) => 1.0,
            (0, _) => 0.35,
            _ => PartlyUnderstood,
        };

        public string? Resolve(Slot? slot, Func<string, bool> isKnownId)
        {
            if (slot is null)
            {
                return null;
            }

            var resolution = slot.Resolve();
            if (resolution.Status == ResolutionStatus.Missing)
            {
                return null;
            }

            if (resolution.Status == ResolutionStatus.Match && resolution.Id is { } id && isKnownId(id))
            {
                _resolved++;
                return id;
            }

            _unresolved++;
            return null;
        }
    }
}
