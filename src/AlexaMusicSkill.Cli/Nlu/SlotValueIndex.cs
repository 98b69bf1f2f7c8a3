using AlexaMusicSkill.SkillPackage;

namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// Entity resolution for one custom slot type: every value and synonym by its phrase key, resolving to the value's
/// id and canonical name, as Alexa's ER_SUCCESS_MATCH reports them.
/// </summary>
internal sealed class SlotValueIndex
{
    private readonly Dictionary<string, SlotTypeValue> _byKey = new(StringComparer.Ordinal);

    public SlotValueIndex(SlotTypeDefinition type)
    {
        Type = type.Name;
        foreach (var value in type.Values)
        {
            foreach (var phrase in value.Synonyms.Prepend(value.Value))
            {
                var key = Word.PhraseKey(phrase);
                if (key.Length > 0)
                {
                    // The first value to claim a phrase keeps it, like a model whose synonyms are unambiguous.
                    _byKey.TryAdd(key, value);
                    LongestPhrase = Math.Max(LongestPhrase, key.Count(c => c == ' ') + 1);
                }
            }
        }
    }

    public string Type { get; }

    /// <summary>The most words any value or synonym has.</summary>
    public int LongestPhrase { get; private set; }

    public SlotTypeValue? Resolve(string phraseKey) => _byKey.GetValueOrDefault(phraseKey);
}
