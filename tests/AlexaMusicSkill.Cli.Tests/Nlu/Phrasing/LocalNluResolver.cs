using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Cli.Chat;
using AlexaMusicSkill.Cli.Nlu;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// The local NLU as <c>musicskill chat</c> uses it: the line is first read as a device would (leaving, opening the
/// skill, a one-shot "ask music finder to …"), then matched against the embedded interaction model, put on the wire
/// as Alexa would, and interpreted by the real <see cref="MeaningInterpreter"/> over the built-in catalog.
/// </summary>
internal sealed class LocalNluResolver(MeaningInterpreter interpreter) : IPhrasingResolver
{
    private readonly UtteranceMatcher _matcher = new(InteractionModel.Embedded());

    public string Name => "local NLU";

    public Task<IReadOnlyDictionary<string, Hearing>> HearAllAsync(IReadOnlyList<PhrasingRow> rows, CancellationToken cancellationToken)
    {
        var invocation = Word.Split(_matcher.Model.InvocationName).Select(w => w.Key).ToList();
        IReadOnlyDictionary<string, Hearing> hearings = rows.ToDictionary(r => r.Id, r => Hear(ChatInput.Parse(r.Utterance, invocation)), StringComparer.Ordinal);
        return Task.FromResult(hearings);
    }

    private Hearing Hear(ChatInput input) => input switch
    {
        ChatInput.Exit => new Hearing("SessionEndedRequest", interpreter.Interpret(new SessionEndedRequest { Reason = "USER_INITIATED" })),
        ChatInput.Launch => new Hearing("LaunchRequest", interpreter.Interpret(new LaunchRequest())),
        ChatInput.OneShot oneShot => HearIntent(_matcher.Match(oneShot.Words)),
        ChatInput.Utterance utterance => HearIntent(_matcher.Match(utterance.Words)),
        _ => new Hearing(Hearing.Unmatched, null),
    };

    private Hearing HearIntent(UtteranceMatch match)
    {
        var intent = IntentWire.ToIntent(match, _matcher.Model, AlexaRequests.LocalSkillId);
        var heard = string.Join(' ', [match.Intent, .. match.Slots.Select(s => $"{s.Name}=\"{s.Heard}\"")]);
        return new Hearing(heard, interpreter.Interpret(new IntentRequest { Intent = intent }));
    }
}
