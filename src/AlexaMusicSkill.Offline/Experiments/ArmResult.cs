using AlexaMusicSkill.Offline.Simulation;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// One A/B arm's simulated truth: its conversations (listener order, the same listeners and seeds as every other
/// arm) and their per-turn rewards, with metrics and 95% intervals that resample listeners (their conversations
/// are not independent).
/// </summary>
public sealed class ArmResult
{
    public ArmResult(PolicyArm arm, SimulationRun run, IReadOnlyDictionary<string, double[]> rewards, int resamples, ulong seed)
    {
        Arm = arm;
        Run = run;
        var conversations = run.Conversations;
        Listeners = conversations.Max(c => c.Listener) + 1;
        PerListener = new ListenerTotals[Listeners];
        for (var i = 0; i < Listeners; i++)
        {
            PerListener[i] = new ListenerTotals();
        }

        foreach (var c in conversations)
        {
            var totals = PerListener[c.Listener];
            totals.Conversations++;
            totals.Turns += c.Turns;
            if (c.Accepted)
            {
                totals.Accepted++;
                totals.TurnsToSuccess += c.Turns;
            }

            if (rewards.TryGetValue(c.ConversationId, out var r))
            {
                totals.Rewards += r.Sum();
                totals.RewardedTurns += r.Length;
            }
        }

        Success = Bootstrap.Listeners(PerListener, t => (t.Accepted, t.Conversations), resamples, seed);
        TurnsToSuccess = Bootstrap.Listeners(PerListener, t => (t.TurnsToSuccess, t.Accepted), resamples, seed);
        Turns = Bootstrap.Listeners(PerListener, t => (t.Turns, t.Conversations), resamples, seed);
        PerTurnValue = Bootstrap.Listeners(PerListener, t => (t.Rewards, t.RewardedTurns), resamples, seed);
        Abandon = new Interval(1 - Success.Value, 1 - Success.Upper, 1 - Success.Lower);
        Mix = ActionMix.Of(conversations);
    }

    public PolicyArm Arm { get; }

    public SimulationRun Run { get; }

    public int Listeners { get; }

    internal ListenerTotals[] PerListener { get; }

    public Interval Success { get; }

    public Interval Abandon { get; }

    /// <summary>Mean decisions in accepted conversations.</summary>
    public Interval TurnsToSuccess { get; }

    /// <summary>Mean decisions over all conversations.</summary>
    public Interval Turns { get; }

    /// <summary>The true mean prompt usefulness per decision (what off-policy estimates aim at).</summary>
    public Interval PerTurnValue { get; }

    public ActionMix Mix { get; }

    public int Conversations => Run.Conversations.Count;

    /// <summary>Relative change of success and of turns to success against <paramref name="baseline"/> (paired: same listeners resampled).</summary>
    public (Interval Success, Interval TurnsToSuccess) RelativeTo(ArmResult baseline, int resamples, ulong seed) =>
        (Bootstrap.Relative(PerListener, baseline.PerListener, t => (t.Accepted, t.Conversations), resamples, seed),
         Bootstrap.Relative(PerListener, baseline.PerListener, t => (t.TurnsToSuccess, t.Accepted), resamples, seed));
}

/// <summary>Sums of one listener's conversations in one arm.</summary>
internal sealed class ListenerTotals
{
    public double Conversations { get; set; }

    public double Accepted { get; set; }

    public double Turns { get; set; }

    public double TurnsToSuccess { get; set; }

    public double Rewards { get; set; }

    public double RewardedTurns { get; set; }
}
