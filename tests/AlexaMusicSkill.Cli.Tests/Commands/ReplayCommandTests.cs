using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Commands;

/// <summary><c>musicskill replay</c> runs <c>ask dialog --replay</c> files through the chat machinery.</summary>
public sealed class ReplayCommandTests
{
    private static readonly string FindMusic = RepositoryPaths.Combine("replay", "find-music.json");

    [Fact]
    public async Task Replay_FindMusicDialog_PrintsTheTranscriptEndingInAStation()
    {
        using var folder = new TempFolder();

        // The replay file answers the rule-based policy's questions in order.
        var result = await CliRun.RunAsync(["replay", FindMusic, "--policy", "rules", .. CliRun.Local(folder)]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.OutLines;
        Assert.Equal(["you> open music finder", "you> help me find music", "you> something chill", "you> jazz", "you> yes", "you> .quit"], lines.Where(l => l.StartsWith("you> ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("jazz", StringComparison.OrdinalIgnoreCase) && l.StartsWith("alexa> ", StringComparison.Ordinal) && l.Contains('?', StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[sample: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("[playing: ", StringComparison.Ordinal));
        Assert.Equal("device> AudioPlayer.PlaybackStarted", lines[^2]);
    }

    [Fact]
    public async Task Replay_AnotherSkillsId_IsRefusedBeforeAnythingRuns()
    {
        using var folder = new TempFolder();
        var file = Write(folder, """{ "skillId": "amzn1.ask.skill.99999999-0000-4000-8000-000000000000", "locale": "en-US", "type": "text", "userInput": ["open music finder"] }""");

        var result = await CliRun.RunAsync(["replay", file, .. CliRun.Local(folder)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("is for skill amzn1.ask.skill.99999999", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("records.jsonl")));
    }

    [Fact]
    public async Task Replay_UnknownIntentInALine_FailsNamingTheLineAndRunsNothing()
    {
        using var folder = new TempFolder();
        var file = Write(folder, """{ "skillId": "amzn1.ask.skill.00000000-0000-4000-8000-000000000000", "locale": "en-US", "type": "text", "userInput": ["open music finder", ":intent PlayJazzIntent", ".quit"] }""");

        var result = await CliRun.RunAsync(["replay", file, .. CliRun.Local(folder)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("userInput[1]", error, StringComparison.Ordinal);
        Assert.Contains("unknown intent 'PlayJazzIntent'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "locale": "en-US", "userInput": ["open music finder"] }""", "has no \"skillId\"")]
    [InlineData("""{ "skillId": "amzn1.ask.skill.00000000-0000-4000-8000-000000000000", "locale": "en-US", "userInput": ["open", ""] }""", "userInput[1] is empty")]
    [InlineData("""{ "skillId": "amzn1.ask.skill.00000000-0000-4000-8000-000000000000", "locale": "de-DE", "userInput": ["öffne music finder"] }""", "locale de-DE")]
    [InlineData("""{ "skillId": "amzn1.ask.skill.00000000-0000-4000-8000-000000000000", "locale": "en-US" }""", "no \"userInput\" array")]
    [InlineData("""{ "skillId": """, "is not valid JSON")]
    public async Task Replay_MalformedFile_FailsWithOneLine(string json, string expected)
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["replay", Write(folder, json), .. CliRun.Local(folder)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static string Write(TempFolder folder, string json)
    {
        var path = folder.Combine("dialog.json");
        File.WriteAllText(path, json);
        return path;
    }
}
