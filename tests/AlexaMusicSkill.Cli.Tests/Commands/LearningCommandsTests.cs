using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Commands;

/// <summary><c>train</c> and <c>evaluate</c> from the command line, on decision logs written by the skill itself.</summary>
public sealed class LearningCommandsTests
{
    [Fact]
    public async Task TrainThenEvaluate_SkillLogs_WriteAServableModelAndAGateVerdict()
    {
        using var folder = new TempFolder();
        var logs = folder.Combine("records.jsonl");
        await WriteSkillLogsAsync(logs, conversations: 300);
        var model = folder.Combine("models", "policy.json");

        var affinity = folder.Combine("models", "affinity.json");
        var train = await CliRun.RunAsync(["train", "--logs", logs, "--out", model, "--affinity-out", affinity, "--trees", "40", "--leaves", "8", "--min-per-leaf", "5"]);

        Assert.True(train.ExitCode == 0, train.Error + train.Out);
        Assert.Contains("greedy policy value", train.Out);
        var loaded = PolicyModelLoader.Load(File.ReadAllText(model));
        Assert.NotNull(loaded.Policy);
        Assert.Equal(40, loaded.Policy.Artifact.Trees.Count);
        var personalization = new AlexaMusicSkill.Music.Affinity.EmbeddingAffinityModel(AlexaMusicSkill.Music.Affinity.AffinityJsonContext.Parse(File.ReadAllText(affinity)));
        Assert.True(personalization.Dimensions > 0);

        var evaluate = await CliRun.RunAsync(["evaluate", "--logs", logs, "--candidate", model, "--gate", "--min-ess", "10", "--json", folder.Combine("report.json"), "--png", folder.Combine("report.png")]);

        Assert.True(evaluate.ExitCode is 0 or 3, evaluate.Error + evaluate.Out);
        Assert.Contains("effective_sample_size", evaluate.Out);
        Assert.True(new FileInfo(folder.Combine("report.png")).Length > 1000);
        Assert.Contains("\"gate\"", File.ReadAllText(folder.Combine("report.json")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Evaluate_MissingLogsOrBadCandidate_IsAUserError()
    {
        using var folder = new TempFolder();

        var missing = await CliRun.RunAsync(["evaluate", "--logs", folder.Combine("nope.jsonl"), "--candidate", "rules"]);
        await File.WriteAllTextAsync(folder.Combine("empty.jsonl"), "{\"level\":\"INFO\",\"message\":\"not a record\"}\n", TestContext.Current.CancellationToken);
        var empty = await CliRun.RunAsync(["train", "--logs", folder.Combine("empty.jsonl")]);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no decision log", missing.Error);
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("no decision records", empty.Error);
    }

    /// <summary>Exploring conversations with simple listeners who want one genre and say yes to it.</summary>
    private static async Task WriteSkillLogsAsync(string path, int conversations)
    {
        var skill = new SkillHarness(catalog: TestCatalog.Large, exploration: new ExplorationSettings(1.0, 0.3), seed: 5);
        var random = new Random(5);
        for (var c = 0; c < conversations; c++)
        {
            var alexa = new AlexaRequests($"amzn1.ask.account.CLI{c}");
            var genre = AlexaMusicSkill.Music.Taxonomy.MusicTaxonomy.Genres[random.Next(8)].Id;
            var response = await skill.SayAsync(alexa, alexa.Launch());
            for (var turn = 0; turn < 10 && response.Response.ShouldEndSession != true; turn++)
            {
                var offered = skill.Records.Records.OfType<DecisionRecord>().Last().Offered;
                var request = offered.Type switch
                {
                    "ask_open" or "ask_genre" => alexa.Intent(IntentNames.Answer, ("genre", "x", genre)),
                    "play_sample" or "suggest_artist" or "offer_station" when TestCatalog.Large.FindTrack(offered.TrackId ?? string.Empty)?.GenreIds.Contains(genre) == true
                        || random.NextDouble() < 0.2 => alexa.Intent("AMAZON.YesIntent"),
                    _ => alexa.Intent(random.NextDouble() < 0.5 ? "AMAZON.NoIntent" : IntentNames.SomethingElse),
                };
                response = await skill.SayAsync(alexa, request);
            }
        }

        await File.WriteAllLinesAsync(path, skill.Records.Records.Select(JsonLinesDecisionLog.Serialize), TestContext.Current.CancellationToken);
    }
}
