using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Offline.Tests.TestDoubles;

/// <summary>Logs written by the skill itself: scripted listeners talk to the real engine; records go through JSON lines.</summary>
internal static class SkillLogs
{
    /// <summary>Runs the scripted listeners and reads their records back the way <c>musicskill evaluate</c> does.</summary>
    public static async Task<RewardedLog> TalkAsync(ExplorationSettings exploration, int seed, int conversations, IDialoguePolicy? policy = null)
    {
        var skill = new SkillHarness(catalog: TestCatalog.Large, policy: policy, exploration: exploration, seed: seed);
        var listener = new ScriptedListener(skill, new Random(seed));
        var targets = new Random(seed + 100);
        for (var c = 0; c < conversations; c++)
        {
            var alexa = new AlexaRequests($"amzn1.ask.account.SCRIPTED{seed}-{c}");
            await listener.ConverseAsync(alexa, TestCatalog.Large.Tracks[targets.Next(TestCatalog.Large.Tracks.Count)]);
        }

        var path = Path.Combine(Path.GetTempPath(), $"skill-log-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllLinesAsync(path, skill.Records.Records.Select(JsonLinesDecisionLog.Serialize));
            return ConversationRewards.Compute(RecordLog.Records([path]).ToList());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
