using System.Text.RegularExpressions;

namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// One sample utterance compiled to a sequence of literal word keys and slot references, e.g.
/// "I'd like {genre}" → [id, like, {genre}].
/// </summary>
internal sealed partial record SamplePattern(string Intent, string Sample, IReadOnlyList<SamplePart> Parts, int Order)
{
    /// <summary>How often each literal word occurs in the sample: an utterance must say at least these.</summary>
    public IReadOnlyList<(string Literal, int Count)> LiteralCounts { get; } =
        Parts.Where(p => p.Literal is not null).CountBy(p => p.Literal!).Select(c => (c.Key, c.Value)).ToList();

    public static SamplePattern Compile(string intent, string sample, int order)
    {
        var parts = new List<SamplePart>();
        var at = 0;
        foreach (Match slot in SlotReference().Matches(sample))
        {
            parts.AddRange(Literals(sample[at..slot.Index]));
            parts.Add(new SamplePart(null, slot.Groups[1].Value));
            at = slot.Index + slot.Length;
        }

        parts.AddRange(Literals(sample[at..]));
        return new SamplePattern(intent, sample, parts, order);
    }

    private static IEnumerable<SamplePart> Literals(string text) => Word.Split(text).Select(w => new SamplePart(w.Key, null));

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex SlotReference();
}

/// <summary>A literal word key, or (when <see cref="Literal"/> is null) a slot name.</summary>
internal readonly record struct SamplePart(string? Literal, string? Slot);
