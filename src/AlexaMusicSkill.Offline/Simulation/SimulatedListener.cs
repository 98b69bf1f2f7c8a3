// Over 300 lines: sim-v1's listener is frozen (docs/simulation.md) and kept whole so its behaviour can be read and audited in one place.
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// One listener in one conversation. Answers truthfully from the target it is after, but noisily: misrecognized
/// replies, "I don't know" (always when the target lacks the attribute), patience that wears out with unhelpful
/// turns, acceptance of offers by similarity to the target (near misses included, lukewarm reactions in between),
/// and sometimes taking the lead. Sees only what was offered (the turn account), never the policy's internals.
/// </summary>
public sealed class SimulatedListener
{
    private readonly SimulatorOptions _options;
    private readonly TargetSimilarity _similarity;
    private readonly MusicTruth _truth;
    private readonly ListenerTarget _target;
    private readonly double _patience;
    private readonly SeededRandom _random;
    private readonly IReadOnlyList<string> _artistIds;
    private bool _toldGenre, _toldMood, _toldEra;
    private bool _lastUnhelpful;

    public SimulatedListener(SimulatorOptions options, TargetSimilarity similarity, MusicTruth truth, ListenerTarget target, double patience, SeededRandom random, IReadOnlyList<string> artistIds)
    {
        _options = options;
        _similarity = similarity;
        _truth = truth;
        _target = target;
        _patience = patience;
        _random = random;
        _artistIds = artistIds;
    }

    /// <summary>Unhelpful turns so far (lukewarm and misunderstood ones count half).</summary>
    public double Unhelpful { get; private set; }

    public int Prompts { get; private set; }

    public ListenerTally Tally { get; } = new();

    /// <summary>The first request: a bare launch, or attributes up front.</summary>
    public Reply Open()
    {
        if (_random.Chance(_options.LeadAtStart) && Volunteer() is { Length: > 0 } named)
        {
            Tally.Leads++;
            return Reply.To(named.Length >= 2 && _random.Chance(_options.LeadPlayShare) ? IntentNames.PlayMusic : IntentNames.FindMusic, named);
        }

        return Reply.Launch;
    }

    /// <summary>The reply to the prompt now pending (<paramref name="reasked"/>: the skill said it again without deciding).</summary>
    public Reply Respond(string actionId, OfferedContent offered, bool reasked)
    {
        Prompts++;
        if (reasked)
        {
            Unhelpful += 0.5;
        }

        if (Prompts > _options.MaxTurns || _random.Chance(_patience * (_options.BaseAbandonHazard + (_options.UnhelpfulTurnHazard * Unhelpful))))
        {
            Tally.Abandoned = true;
            return _random.Chance(_options.SilentAbandonShare) ? Reply.Silence : Reply.To("AMAZON.StopIntent");
        }

        if (_lastUnhelpful && _random.Chance(_options.LeadAfterUnhelpful) && Volunteer(preferUntold: true) is { Length: > 0 } named)
        {
            Tally.Leads++;
            _lastUnhelpful = false;
            return Noisy(Reply.To(named.Length >= 2 && _random.Chance(_options.LeadPlayShare) ? IntentNames.PlayMusic : IntentNames.Answer, named));
        }

        var action = ActionId.TryParse(actionId) ?? throw new InvalidOperationException($"The engine chose an unknown action '{actionId}'.");
        var (reply, unhelpful) = action.Type switch
        {
            ActionType.AskOpen => AnswerOpen(),
            ActionType.AskMood => AnswerMood(),
            ActionType.AskGenre => AnswerGenres(action.Args[0], action.Args[1]),
            ActionType.AskEra => AnswerEra(),
            ActionType.PlaySample => ReactToSample(offered.TrackId ?? action.FirstArg!),
            ActionType.SuggestArtist => ReactToItem(_similarity.OfArtist(offered.ArtistId ?? action.FirstArg!, _target)),
            _ => ReactToItem(StationSeed.TryParse(offered.StationId ?? action.FirstArg) is { } seed ? _similarity.OfStation(seed, _target) : 0),
        };
        Unhelpful += unhelpful;
        _lastUnhelpful = unhelpful >= 1;
        return Noisy(reply);
    }

    /// <summary>The acceptance probability for an offer this similar to the target.</summary>
    public static double AcceptanceProbability(SimulatorOptions options, double similarity) =>
        options.AcceptanceCeiling / (1 + Math.Exp(-(similarity - options.AcceptanceMidpoint) / options.AcceptanceSteepness));

    private (Reply, double) AnswerOpen()
    {
        if (_random.Chance(_options.NothingInMind) || Volunteer() is not { Length: > 0 } named)
        {
            return (Reply.To("AMAZON.NoIntent"), 0.5);
        }

        return (Reply.To(IntentNames.Answer, named), 0);
    }

    private (Reply, double) AnswerMood()
    {
        if (_target.Attributes.Mood is not { } mood || _random.Chance(_options.DontKnowMood))
        {
            return DontKnow();
        }

        _toldMood = true;
        return (Reply.To(IntentNames.Answer, Say.Mood(mood)), 0);
    }

    private (Reply, double) AnswerGenres(string first, string second)
    {
        var wanted = _target.Attributes;
        if (wanted.Genres.Count == 0 || _random.Chance(_options.DontKnowGenre))
        {
            return DontKnow();
        }

        var pick = wanted.GenreWithin(first) is not null ? first : wanted.GenreWithin(second) is not null ? second : null;
        if (pick is not null)
        {
            _toldGenre = true;
            return (Reply.To(IntentNames.Answer, Say.Genre(pick)), 0);
        }

        if (_random.Chance(_options.NameOwnGenreShare))
        {
            _toldGenre = true;
            return (Reply.To(IntentNames.Answer, Say.Genre(wanted.Genres[0])), 0);
        }

        return (Reply.To("AMAZON.NoIntent"), 1);
    }

    private (Reply, double) AnswerEra()
    {
        if (_target.Attributes.Era is not { } era || _random.Chance(_options.DontKnowEra))
        {
            return DontKnow();
        }

        _toldEra = true;
        return (Reply.To(IntentNames.Answer, Say.Era(era)), 0);
    }

    private (Reply, double) DontKnow()
    {
        Tally.DontKnows++;
        return (Reply.To("AMAZON.NoIntent"), 1); // "I don't know" is a NoIntent sample in the interaction model
    }

    private (Reply, double) ReactToSample(string trackId)
    {
        var similarity = _similarity.OfTrack(trackId, _target);
        if (_random.Chance(AcceptanceProbability(_options, similarity)))
        {
            return (_random.Chance(_options.LoveItShare) ? Reply.To(IntentNames.Feedback, Say.Feedback("LOVE_IT")) : Reply.To("AMAZON.YesIntent"), 0);
        }

        if (similarity >= _options.LukewarmSimilarity)
        {
            return (_random.Chance(_options.MoreLikeThisShare) ? Reply.To(IntentNames.MoreLikeThis) : Reply.To(IntentNames.Feedback, Say.Feedback("OK")), 0.5);
        }

        if (Complaint(trackId) is { } complaint && _random.Chance(_options.ComplaintShare))
        {
            return (Reply.To(IntentNames.Feedback, Say.Feedback(complaint)), 1);
        }

        var draw = _random.NextDouble();
        var plain = draw < _options.PlainNoShare ? Reply.To("AMAZON.NoIntent")
            : draw < _options.PlainNoShare + _options.SomethingElseShare ? Reply.To(IntentNames.SomethingElse)
            : Reply.To(IntentNames.Feedback, Say.Feedback("NOT_REALLY"));
        return (plain, 1);
    }

    /// <summary>Artists and stations: yes, or no (lukewarm ones cost half as much patience).</summary>
    private (Reply, double) ReactToItem(double similarity)
    {
        if (_random.Chance(AcceptanceProbability(_options, similarity)))
        {
            return (Reply.To("AMAZON.YesIntent"), 0);
        }

        return (Reply.To("AMAZON.NoIntent"), similarity >= _options.LukewarmSimilarity ? 0.5 : 1);
    }

    /// <summary>"Too slow", "too old"… when the sample is clearly off in a way the listener can name.</summary>
    private string? Complaint(string trackId)
    {
        var heard = _truth.Track(trackId)?.Attributes;
        var wanted = _target.Attributes;
        if (heard?.Energy is { } e && wanted.Energy is { } w && Math.Abs(e - w) >= _options.ComplaintEnergyGap)
        {
            return e < w ? "TOO_SLOW" : "TOO_FAST";
        }

        if (heard is { EraIndex: >= 0 } && wanted.EraIndex >= 0 && Math.Abs(heard.EraIndex - wanted.EraIndex) >= 2)
        {
            return heard.EraIndex < wanted.EraIndex ? "TOO_OLD" : "TOO_MODERN";
        }

        return null;
    }

    /// <summary>One or two attributes of the target the listener knows (untold ones first when asked to).</summary>
    private SpokenSlot[] Volunteer(bool preferUntold = false)
    {
        var wanted = _target.Attributes;
        var options = new List<(SpokenSlot Slot, double Weight, bool Told, Action Tell)>(3);
        if (wanted.Genres.Count > 0)
        {
            options.Add((Say.Genre(wanted.Genres[0]), _options.VolunteerGenreWeight, _toldGenre, () => _toldGenre = true));
        }

        if (wanted.Mood is { } mood)
        {
            options.Add((Say.Mood(mood), _options.VolunteerMoodWeight, _toldMood, () => _toldMood = true));
        }

        if (wanted.Era is { } era)
        {
            options.Add((Say.Era(era), _options.VolunteerEraWeight, _toldEra, () => _toldEra = true));
        }

        if (preferUntold && options.Any(o => !o.Told))
        {
            options.RemoveAll(o => o.Told);
        }

        var count = Math.Min(options.Count, _random.Chance(_options.TwoAttributesShare) ? 2 : 1);
        var named = new SpokenSlot[count];
        for (var n = 0; n < count; n++)
        {
            var total = options.Sum(o => o.Weight);
            var draw = _random.NextDouble() * total;
            var i = 0;
            for (; i < options.Count - 1 && draw >= options[i].Weight; i++)
            {
                draw -= options[i].Weight;
            }

            named[n] = options[i].Slot;
            options[i].Tell();
            options.RemoveAt(i);
        }

        return named;
    }

    /// <summary>Alexa mishears some replies: a fallback, or a slot heard as another value (or as nothing it knows).</summary>
    private Reply Noisy(Reply reply)
    {
        if (reply.Kind != ReplyKind.Intent || reply.Abandons || !_random.Chance(_options.MisrecognitionRate))
        {
            return reply;
        }

        Tally.Misheard++;
        var slots = reply.SlotFills;
        if (slots.Count == 0 || slots.All(s => s.Slot == SlotNames.Feedback) || !_random.Chance(_options.MisheardValueShare))
        {
            return Reply.To("AMAZON.FallbackIntent");
        }

        var which = _random.Next(slots.Count);
        var misheard = slots.ToArray();
        misheard[which] = _random.Chance(_options.UnresolvedValueShare)
            ? misheard[which] with { Id = null }
            : OtherValue(misheard[which]);
        return reply with { Slots = misheard };
    }

    private SpokenSlot OtherValue(SpokenSlot slot)
    {
        IReadOnlyList<string> ids = slot.Slot switch
        {
            SlotNames.Genre => [.. MusicTaxonomy.Genres.Select(g => g.Id)],
            SlotNames.Mood => [MusicTaxonomy.LaidBack, MusicTaxonomy.InBetween, MusicTaxonomy.Upbeat],
            SlotNames.Era => [.. MusicTaxonomy.Eras.Select(e => e.Id)],
            SlotNames.Artist => _artistIds,
            _ => [slot.Id ?? string.Empty],
        };
        var pick = _random.Next(ids.Count);
        if (ids[pick] == slot.Id && ids.Count > 1)
        {
            pick = (pick + 1) % ids.Count;
        }

        var other = ids[pick];

        return slot with { Id = other, Heard = Say.NameOf(slot.Slot, other) };
    }
}
