using System.CommandLine;
using System.Globalization;
using AlexaMusicSkill.Offline.Training;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill train --logs DIR --out models/policy.json</c>: fits the tree-ensemble reward regressor (and the
/// linear baseline) on the training conversations, compares them on held-out ones, and writes the artifact the
/// function embeds.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var logs = LogInputs.LogsOption();
        var output = new Option<string>("--out") { Description = "Where to write the tree-ensemble model", DefaultValueFactory = _ => Path.Combine("models", "policy.json") };
        var linearOut = new Option<string?>("--linear-out") { Description = "Also write the linear baseline model here" };
        var affinityOut = new Option<string?>("--affinity-out") { Description = "Also train the user-item affinity model (implicit ALS over accepted items and listening time in these logs) and write it here, e.g. models/affinity.json" };
        var trees = new Option<int>("--trees") { DefaultValueFactory = _ => 200, Description = "Boosted trees" };
        var leaves = new Option<int>("--leaves") { DefaultValueFactory = _ => 16, Description = "Leaves per tree" };
        var rate = new Option<double>("--learning-rate") { DefaultValueFactory = _ => 0.1 };
        var minLeaf = new Option<int>("--min-per-leaf") { DefaultValueFactory = _ => 20 };
        var testShare = new Option<double>("--test-share") { DefaultValueFactory = _ => 0.2, Description = "Conversations held out for the comparison" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 41 };
        var command = new Command("train", "Train the policy's reward regressor from decision logs and export it");
        foreach (var option in new Option[] { logs, output, linearOut, affinityOut, trees, leaves, rate, minLeaf, testShare, seed })
        {
            command.Add(option);
        }

        command.SetAction((result, _) => CommandAction.RunAsync(console, () =>
        {
            var split = new Offline.Rewards.ConversationSplit(result.GetValue(testShare), result.GetValue(seed));
            var paths = result.GetValue(logs)!;
            var records = LogInputs.ReadRecords(paths, split.IsTest);
            var log = LogInputs.Rewards(records, paths);
            var options = new RewardModelOptions
            {
                Trees = result.GetValue(trees),
                Leaves = result.GetValue(leaves),
                LearningRate = result.GetValue(rate),
                MinimumExamplesPerLeaf = result.GetValue(minLeaf),
                Seed = result.GetValue(seed),
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException(e.Message);
            }

            var run = TrainingPipeline.Train(log, options, result.GetValue(testShare), result.GetValue(seed));
            var path = result.GetValue(output)!;
            Write(path, run.Trees);
            if (result.GetValue(linearOut) is { } linearPath)
            {
                Write(linearPath, run.Linear);
            }

            console.Out.WriteLine($"trained on {run.TrainingRows:N0} decisions ({log.Episodes.Count:N0} conversations), held out {run.TestRows:N0}, in {run.Elapsed.TotalSeconds:0.0} s, {run.ManagedBytes / 1_048_576.0:0} MiB managed");
            console.Out.WriteLine("model    held-out RMSE   greedy policy value (DR, 95% CI)");
            foreach (var c in run.Comparison)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Model,-8} {c.Rmse,13:0.0000}   {c.PolicyValue.Format("0.0000")}"));
            }

            console.Out.WriteLine($"wrote {path} ({run.Trees.ModelVersion}, {run.Trees.Trees.Count} trees, schema {run.Trees.FeatureSchemaVersion})");
            if (result.GetValue(affinityOut) is { } affinityPath)
            {
                // Our own listeners only (keyed user hashes): what they accepted and how long they listened.
                var catalog = Music.Catalog.BuiltInCatalog.Load(Configuration.SkillConfiguration.DefaultMediaBaseUrl);
                var interactions = Offline.Personalization.InteractionSources.FromRecords(records, catalog);
                if (interactions.Count == 0)
                {
                    throw new UserErrorException("no accepted items or listening in these logs to learn affinity from.");
                }

                var affinity = new Offline.Personalization.AlsAffinityTrainer().Train(interactions);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(affinityPath))!);
                File.WriteAllText(affinityPath, Music.Affinity.AffinityJsonContext.Serialize(affinity) + "\n");
                console.Out.WriteLine($"wrote {affinityPath} ({affinity.ModelVersion}, {affinity.ArtistIds.Count} artists, {affinity.Dimensions} dimensions, from {interactions.Count:N0} interactions)");
            }

            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static void Write(string path, ModelArtifact artifact)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, PolicyModelLoader.Serialize(artifact) + "\n");
    }
}
