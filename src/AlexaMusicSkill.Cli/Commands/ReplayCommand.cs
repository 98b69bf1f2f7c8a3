using System.CommandLine;
using AlexaMusicSkill.Cli.Chat;
using AlexaMusicSkill.Cli.Local;
using AlexaMusicSkill.Cli.Replay;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary><c>musicskill replay dialog.json</c>: an <c>ask dialog --replay</c> file through the chat machinery.</summary>
internal static class ReplayCommand
{
    public static Command Create(CliConsole console)
    {
        var local = new LocalSkillOptions();
        var chat = new ChatOptions();
        var file = new Argument<string>("dialog") { Description = "The replay file (ask dialog's format: skillId, locale, type, userInput)" };
        var command = new Command("replay", "Replay an `ask dialog --replay` file against the local skill and print the transcript");
        command.Add(file);
        local.AddTo(command);
        chat.AddTo(command);
        command.SetAction((result, ct) => CommandAction.RunAsync(console, async () =>
        {
            var path = result.GetValue(file)!;
            var replay = DialogReplay.Load(path);
            if (replay.SkillId != LocalSkillSettings.LocalSkillId)
            {
                throw new UserErrorException($"{path} is for skill {replay.SkillId}, not this one ({LocalSkillSettings.LocalSkillId}).");
            }

            if (!string.Equals(replay.Locale, "en-US", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserErrorException($"{path} is in locale {replay.Locale}; the skill has an en-US interaction model only.");
            }

            if (!string.Equals(replay.Type, "text", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserErrorException($"{path} has type '{replay.Type}'; only \"text\" replays are supported.");
            }

            await using var session = await LocalChat.OpenAsync(local.Read(result), result.GetValue(chat.Model), result.GetValue(chat.ShowJson), result.GetValue(chat.UserId)!, console, ct);
            for (var i = 0; i < replay.UserInput.Count; i++)
            {
                if (session.Session.Check(replay.UserInput[i]) is { } problem)
                {
                    throw new UserErrorException($"{path}: userInput[{i}] \"{replay.UserInput[i]}\": {problem}");
                }
            }

            foreach (var line in replay.UserInput)
            {
                session.Transcript.User(line);
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
