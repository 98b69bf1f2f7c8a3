using System.CommandLine;
using AlexaMusicSkill.Cli.Chat;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary><c>musicskill chat</c>: a conversation in text, interactively or from piped stdin.</summary>
internal static class ChatCommand
{
    public static Command Create(CliConsole console)
    {
        var local = new LocalSkillOptions();
        var chat = new ChatOptions();
        var command = new Command("chat", "Talk to the skill in text as you would to an Echo (\"open music finder\"); reads stdin to its end when piped");
        local.AddTo(command);
        chat.AddTo(command);
        command.SetAction((result, ct) => CommandAction.RunAsync(console, async () =>
        {
            await using var session = await LocalChat.OpenAsync(local.Read(result), result.GetValue(chat.Model), result.GetValue(chat.ShowJson), result.GetValue(chat.UserId)!, console, ct);
            if (console.Interactive)
            {
                await console.Out.WriteLineAsync("Talking to music finder on this machine. Try \"open music finder\"; :help for more, exit to leave.");
            }

            while (true)
            {
                if (console.Interactive)
                {
                    await console.Out.WriteAsync("you> ");
                }

                var line = await console.In.ReadLineAsync(ct);
                if (line is null)
                {
                    break;
                }

                if (!console.Interactive && line.Trim().Length > 0)
                {
                    session.Transcript.User(line.Trim());
                }

                if (!await session.Session.HandleAsync(line, ct))
                {
                    break;
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
