using AlexaMusicSkill.Cli;

return await MusicSkillCli.RunAsync(args, CliConsole.Standard(), CancellationToken.None);
