using System.CommandLine;
using AlexaMusicSkill.Cli.Chat;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>Options of the verbs that talk through the chat machinery (<c>chat</c>, <c>replay</c>).</summary>
internal sealed class ChatOptions
{
    public Option<bool> ShowJson { get; } = new("--show-json") { Description = "Also print every raw request and response JSON" };

    public Option<string?> Model { get; } = new("--model")
    {
        Description = "Interaction model JSON the local NLU matches against (default: skill-package's, built into this tool)",
        HelpName = "file",
    };

    public Option<string> UserId { get; } = new("--user-id")
    {
        Description = "The Alexa user id the device sends (another id is another listener)",
        DefaultValueFactory = _ => ChatSession.DefaultUserId,
        HelpName = "id",
    };

    public void AddTo(Command command)
    {
        command.Add(ShowJson);
        command.Add(Model);
        command.Add(UserId);
    }
}
