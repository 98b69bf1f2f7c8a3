using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Policy;

public sealed class FeatureExtractorTests
{
    [Fact]
    public async Task Extract_FromALoggedDecisionRecord_RebuildsTheLiveFeaturesExactly()
    {
        var skill = new SkillHarness(catalog: TestCatalog.Large);
        var alexa = new AlexaRequests();
        await skill.SayAsync(alexa, alexa.Launch());
        await skill.SayAsync(alexa, alexa.Intent(IntentNames.Answer, ("mood", "upbeat", "UPBEAT")));
        await skill.SayAsync(alexa, alexa.Intent(IntentNames.Answer, ("era", "eighties", "EIGHTIES")));
        await skill.SayAsync(alexa, alexa.Intent(IntentNames.Feedback, ("feedback", "hmm ok", "OK")));
        await skill.SayAsync(alexa, alexa.Intent("AMAZON.NoIntent"));

        var extractor = new FeatureExtractor(skill.Catalog);
        var decisions = skill.Records.Records.OfType<DecisionRecord>().ToList();
        Assert.Equal(5, decisions.Count);
        foreach (var logged in decisions)
        {
            // Through JSON and back, exactly as the offline tools read the log.
            var record = (DecisionRecord)JsonLinesDecisionLog.TryParse(JsonLinesDecisionLog.Serialize(logged))!;
            Assert.Equal(FeatureSchema.Version, record.FeatureSchemaVersion);
            foreach (var candidate in record.Candidates)
            {
                var action = new CandidateAction(ActionId.TryParse(candidate.Action)!.Value, candidate.PoolShare, candidate.Affinity);
                var rebuilt = new float[FeatureSchema.Count];
                extractor.Extract(record.Context, action, rebuilt);
                Assert.Equal(candidate.Features.Length, rebuilt.Length);
                for (var f = 0; f < rebuilt.Length; f++)
                {
                    Assert.True(
                        candidate.Features[f].Equals(rebuilt[f]),
                        $"turn {record.Turn}, {candidate.Action}, feature {FeatureSchema.Names[f]}: logged {candidate.Features[f]}, rebuilt {rebuilt[f]}");
                }
            }
        }
    }

    [Fact]
    public void Names_AreUniqueAndMatchTheRowLength()
    {
        Assert.Equal(FeatureSchema.Count, FeatureSchema.Names.Distinct().Count());
        var row = new float[FeatureSchema.Count];
        new FeatureExtractor(TestCatalog.Catalog).Extract(new PolicyContext(), new CandidateAction(ActionId.Of(ActionType.AskMood)), row);
        Assert.Equal(1f, row[FeatureSchema.IndexOf("is_ask_mood")]);
        Assert.True(float.IsNaN(row[FeatureSchema.IndexOf("item_match")]));
        Assert.True(float.IsNaN(row[FeatureSchema.IndexOf("affinity")]));
    }
}
