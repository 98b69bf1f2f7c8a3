using System.CommandLine;
using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>Options and loading shared by the learning verbs: decision logs in, rewards joined, policies by name.</summary>
internal static class LogInputs
{
    public static Option<string[]> LogsOption() => new("--logs")
    {
        Description = "Decision-log JSONL or Parquet files, or folders of them (Lambda stdout exports, the S3 export, or .musicskill/records.jsonl)",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <param name="keepAllFeatures">Conversations that will be evaluated (they keep every candidate's features).</param>
    public static RewardedLog Read(string[] paths, Func<string, bool>? keepAllFeatures = null) =>
        Rewards(ReadRecords(paths, keepAllFeatures), paths);

    public static IReadOnlyList<Records.LogRecord> ReadRecords(string[] paths, Func<string, bool>? keepAllFeatures = null)
    {
        RequireExisting(paths);
        try
        {
            return [.. RecordLog.Records(paths, keepAllFeatures)];
        }
        catch (InvalidDataException e)
        {
            throw new UserErrorException(e.Message);
        }
    }

    public static RewardedLog Rewards(IReadOnlyList<Records.LogRecord> records, string[] paths)
    {
        var log = ConversationRewards.Compute(records);
        return log.Turns.Count == 0 ? throw new UserErrorException($"no decision records in {string.Join(", ", paths)}.") : log;
    }

    /// <summary>One line naming the first path that is neither a file nor a folder.</summary>
    public static void RequireExisting(string[] paths)
    {
        var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            throw new UserErrorException($"no decision log at {missing}.");
        }
    }

    /// <summary>"rules", or a model artifact file (models/*.json) loaded exactly as the function loads it.</summary>
    public static IDialoguePolicy Policy(string spec)
    {
        if (spec == "rules")
        {
            return new RuleBasedPolicy();
        }

        if (!File.Exists(spec))
        {
            throw new UserErrorException($"policy '{spec}' is neither 'rules' nor a model file.");
        }

        var load = PolicyModelLoader.Load(File.ReadAllText(spec));
        return load.Policy ?? throw new UserErrorException($"{spec} cannot be served: {load.Problem}.");
    }
}
