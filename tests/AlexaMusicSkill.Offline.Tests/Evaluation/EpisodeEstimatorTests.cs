using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Episodes;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Tests.TestDoubles;

namespace AlexaMusicSkill.Offline.Tests.Evaluation;

/// <summary>Conversation-level estimators on the hand log: trajectory weights A 1.25 (failed, 2 turns), B 2.5 (success, 1), C 1.6 (success, 2).</summary>
public sealed class EpisodeEstimatorTests
{
    [Fact]
    public void SuccessIs_HandLog_IsTheMeanOfWeightTimesSuccess() =>
        Assert.Equal((2.5 + 1.6) / 3, new SuccessImportanceSampling().Contribute(HandLog.Data).Value, 12);

    [Fact]
    public void SuccessWis_HandLog_NormalisesByTheTrajectoryWeights() =>
        Assert.Equal(4.1 / 5.35, new SuccessWeightedImportanceSampling().Contribute(HandLog.Data).Value, 12);

    [Fact]
    public void TurnsToSuccessWis_HandLog_AveragesTurnsOfSuccessesByWeight() =>
        Assert.Equal(((2.5 * 1) + (1.6 * 2)) / 4.1, new TurnsToSuccessWeightedImportanceSampling().Contribute(HandLog.Data).Value, 12);

    [Fact]
    public void TurnsPdis_HandLog_WeightsEachReachedDecisionByTheWeightsBeforeIt() =>
        // A: 1 + 0.625; B: 1; C: 1 + 4
        Assert.Equal((1.625 + 1 + 5) / 3, new TurnsPerDecisionImportanceSampling().Contribute(HandLog.Data).Value, 12);

    [Fact]
    public void Contribute_IncompleteConversation_IsSkipped()
    {
        var log = HandLog.Log with { Episodes = [.. HandLog.Log.Episodes.Select(e => e.ConversationId == "B" ? e with { Complete = false } : e)] };
        var data = EvaluationData.Build(log, HandLog.Target, HandLog.Model);

        Assert.Equal(1.6 / 2, new SuccessImportanceSampling().Contribute(data).Value, 12);
        Assert.Equal(2, new SuccessImportanceSampling().Contribute(data).Count);
    }

    [Fact]
    public void Contribute_ConversationWithoutEpisode_IsSkipped()
    {
        var log = HandLog.Log with { Episodes = [.. HandLog.Log.Episodes.Where(e => e.ConversationId != "A")] };

        Assert.Equal(4.1 / 4.1, new SuccessWeightedImportanceSampling().Contribute(EvaluationData.Build(log, HandLog.Target, HandLog.Model)).Value, 12);
    }

    [Fact]
    public void Contribute_LoggingPolicy_GivesTheLoggedSuccessRateAndTurns()
    {
        var data = EvaluationData.Build(HandLog.Log, new LoggingPolicyTarget(), HandLog.Model);

        Assert.Equal(2.0 / 3, new SuccessImportanceSampling().Contribute(data).Value, 12);
        Assert.Equal(1.5, new TurnsToSuccessWeightedImportanceSampling().Contribute(data).Value, 12);
        Assert.Equal(5.0 / 3, new TurnsPerDecisionImportanceSampling().Contribute(data).Value, 12);
        Assert.Equal(EpisodeOutcome.Abandoned, data.Episodes[0]!.Outcome);
    }
}
