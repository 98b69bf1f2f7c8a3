using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// Every parameter of the simulated listener, with its documented default. The defaults are <b>frozen</b> (version
/// <see cref="Version"/>): they were set before any policy was trained or compared, and experiments print them all.
/// Never tune them to flatter a policy; a change is a new version, and every comparison is rerun.
/// </summary>
public sealed record SimulatorOptions
{
    /// <summary>The frozen parameter set's name; bump it (and rerun everything) when any default changes.</summary>
    public const string Version = "sim-v1";

    // ── Understanding noise ────────────────────────────────────────────────────────────────────────────────────
    /// <summary>Share of replies Alexa gets wrong.</summary>
    public double MisrecognitionRate { get; init; } = 0.10;

    /// <summary>Of misrecognized replies that carry an attribute: share heard as a different value of the same slot
    /// (the rest become AMAZON.FallbackIntent). Replies without a slot always become a fallback.</summary>
    public double MisheardValueShare { get; init; } = 0.4;

    /// <summary>Of wrong values: share that entity resolution cannot match (ER_SUCCESS_NO_MATCH) rather than a wrong id.</summary>
    public double UnresolvedValueShare { get; init; } = 0.5;

    // ── Don't know ─────────────────────────────────────────────────────────────────────────────────────────────
    /// <summary>"I don't know" to the mood question although the target's mood is known.</summary>
    public double DontKnowMood { get; init; } = 0.10;

    /// <summary>"I don't know" to a genre pair although the target's genres are known.</summary>
    public double DontKnowGenre { get; init; } = 0.08;

    /// <summary>"I don't know" to the era question although the target's era is known (decades are hard).</summary>
    public double DontKnowEra { get; init; } = 0.30;

    /// <summary>"Not really" to "do you have anything in mind?".</summary>
    public double NothingInMind { get; init; } = 0.35;

    /// <summary>When naming something in mind, the share who name two attributes rather than one.</summary>
    public double TwoAttributesShare { get; init; } = 0.30;

    /// <summary>Relative chance of naming the genre, the mood and the era when volunteering one attribute.</summary>
    public double VolunteerGenreWeight { get; init; } = 0.55;

    public double VolunteerMoodWeight { get; init; } = 0.25;

    public double VolunteerEraWeight { get; init; } = 0.20;

    /// <summary>Offered two genres, neither theirs: share who name their own genre instead of saying no.</summary>
    public double NameOwnGenreShare { get; init; } = 0.5;

    // ── Patience ───────────────────────────────────────────────────────────────────────────────────────────────
    /// <summary>Chance of walking away at any prompt, before anything went wrong.</summary>
    public double BaseAbandonHazard { get; init; } = 0.02;

    /// <summary>Added to the abandon hazard per unhelpful turn so far (an item turned down, a question they could
    /// not answer, not being understood; lukewarm items count half).</summary>
    public double UnhelpfulTurnHazard { get; init; } = 0.04;

    /// <summary>A listener's patience multiplies both hazards by a factor drawn once, uniformly in [1 − s, 1 + s].</summary>
    public double PatienceSpread { get; init; } = 0.5;

    /// <summary>Prompts after which any listener gives up.</summary>
    public int MaxTurns { get; init; } = 25;

    /// <summary>Of abandons: share who go silent (SessionEndedRequest) rather than say stop.</summary>
    public double SilentAbandonShare { get; init; } = 0.3;

    // ── Acceptance ─────────────────────────────────────────────────────────────────────────────────────────────
    /// <summary>Acceptance is ceiling / (1 + exp(−(similarity − midpoint) / steepness)): near misses are often taken.</summary>
    public double AcceptanceMidpoint { get; init; } = 0.80;

    public double AcceptanceSteepness { get; init; } = 0.05;

    public double AcceptanceCeiling { get; init; } = 0.95;

    /// <summary>Items not accepted but at least this similar get lukewarm feedback ("hmm ok", "more like this").</summary>
    public double LukewarmSimilarity { get; init; } = 0.60;

    /// <summary>Of lukewarm reactions to a sample: share who say "more like this" rather than "hmm ok".</summary>
    public double MoreLikeThisShare { get; init; } = 0.3;

    /// <summary>Of accepting reactions to a sample: share who say "love it" rather than "yes".</summary>
    public double LoveItShare { get; init; } = 0.4;

    /// <summary>Of rejections with a clear reason (energy off by ≥ <see cref="ComplaintEnergyGap"/>, era two decades
    /// or more away): share who say it ("too slow", "too old") rather than a plain no.</summary>
    public double ComplaintShare { get; init; } = 0.5;

    public double ComplaintEnergyGap { get; init; } = 0.3;

    /// <summary>Of plain rejections: share who say "no"; <see cref="SomethingElseShare"/> say "something else"; the
    /// rest "not really" (feedback).</summary>
    public double PlainNoShare { get; init; } = 0.4;

    public double SomethingElseShare { get; init; } = 0.3;

    // ── Similarity between an offer and the target (listener's truth; unknown parts count as neutral) ─────────
    public double GenreWeight { get; init; } = 0.5;

    public double EnergyWeight { get; init; } = 0.3;

    public double EraWeight { get; init; } = 0.2;

    /// <summary>What an attribute contributes when the listener (or the offer) has no value for it: indifference.</summary>
    public double NeutralCloseness { get; init; } = 0.5;

    // ── Taking the lead ────────────────────────────────────────────────────────────────────────────────────────
    /// <summary>Open with attributes up front ("find me some eighties synth pop") instead of a bare launch.</summary>
    public double LeadAtStart { get; init; } = 0.20;

    /// <summary>After an unhelpful turn: chance of volunteering an attribute of the target instead of replying.</summary>
    public double LeadAfterUnhelpful { get; init; } = 0.10;

    /// <summary>Of leads that name two or more attributes: share phrased as "play …" (PlayMusicIntent), which starts
    /// music at once; the rest use FindMusicIntent / AnswerIntent.</summary>
    public double LeadPlayShare { get; init; } = 0.25;

    public static SimulatorOptions Default { get; } = new();

    public SimulatorOptions Validated()
    {
        foreach (var (name, value) in Parameters())
        {
            if (name is nameof(MaxTurns))
            {
                continue;
            }

            var v = double.Parse(value, CultureInfo.InvariantCulture);
            if (!double.IsFinite(v) || v < 0 || (v > 1 && name is not nameof(AcceptanceMidpoint)))
            {
                throw new ArgumentException($"Simulator option {name} = {value} must be in [0, 1].");
            }
        }

        if (MaxTurns < 1 || AcceptanceSteepness <= 0 || Math.Abs(GenreWeight + EnergyWeight + EraWeight - 1) > 1e-9)
        {
            throw new ArgumentException($"Simulator options: MaxTurns {MaxTurns} (≥1), AcceptanceSteepness {AcceptanceSteepness} (>0), similarity weights must sum to 1.");
        }

        return this;
    }

    /// <summary>Every parameter by name with its value (invariant culture), in declaration order, for reports.</summary>
    public IReadOnlyList<(string Name, string Value)> Parameters() =>
        typeof(SimulatorOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(double) || p.PropertyType == typeof(int))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (p.Name, Convert.ToString(p.GetValue(this), CultureInfo.InvariantCulture)!))
            .ToList();

    /// <summary>A short hash of every parameter: two runs with the same fingerprint simulated the same listeners.</summary>
    public string Fingerprint() => Version + "-" + Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(";", Parameters().Select(p => p.Name + "=" + p.Value)))))[..8];
}
