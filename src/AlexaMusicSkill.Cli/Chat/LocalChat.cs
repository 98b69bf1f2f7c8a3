using AlexaMusicSkill.Cli.Local;
using AlexaMusicSkill.Cli.Nlu;
using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>The chat machinery over the local skill, shared by <c>chat</c> and <c>replay</c>.</summary>
internal sealed class LocalChat : IAsyncDisposable
{
    private readonly LocalSkill _skill;

    private LocalChat(LocalSkill skill, ChatSession session, TranscriptWriter transcript)
    {
        _skill = skill;
        Session = session;
        Transcript = transcript;
    }

    public ChatSession Session { get; }

    public TranscriptWriter Transcript { get; }

    public static async Task<LocalChat> OpenAsync(LocalSkillSettings settings, string? modelPath, bool showJson, string userId, CliConsole console, CancellationToken cancellationToken)
    {
        var model = modelPath is null ? InteractionModel.Embedded() : InteractionModel.Load(modelPath);
        var skill = await LocalSkill.OpenAsync(settings, new TextEventLog(console.Error, LogLevel.Warn), cancellationToken);
        var transcript = new TranscriptWriter(console.Out, skill.Catalog, showJson);
        var session = new ChatSession(skill.Function, skill.SkillId, new UtteranceMatcher(model), skill.Catalog, transcript, TimeProvider.System, userId);
        return new LocalChat(skill, session, transcript);
    }

    public ValueTask DisposeAsync() => _skill.DisposeAsync();
}
