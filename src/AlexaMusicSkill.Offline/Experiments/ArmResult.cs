using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// One A/B arm's simulated truth: its conversations (listener order, the same listeners and seeds as every other
/// arm) and their per-turn rewards, with metrics and intervals from the <see cref="ClusterBootstrap"/> over listeners
/// (their conversations are not independent; simulated listeners are drawn independently, as it assumes).
/// </summary>
public sealed class ArmResult
{
    public ArmResult(PolicyArm arm, SimulationRun run, IReadOnlyDictionary<string, double[]> rewards, BootstrapSettings bootstrap)
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

        Success = ClusterBootstrap.Ratio(Sums(t => (t.Accepted, t.Conversations)), bootstrap);
        TurnsToSuccess = ClusterBootstrap.Ratio(Sums(t => (t.TurnsToSuccess, t.Accepted)), bootstrap);
        Turns = ClusterBootstrap.Ratio(Sums(t => (t.Turns, t.Conversations)), bootstrap);
        PerTurnValue = ClusterBootstrap.Ratio(Sums(t => (t.Rewards, t.RewardedTurns)), bootstrap);
        Abandon = new Interval(1 - Success.Value, 1 - Success.Upper, 1 - Success.Lower);
        Mix = ActionTypeShares.Of(conversations);
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

    public ActionTypeShares Mix { get; }

    public int Conversations => Run.Conversations.Count;

    /// <summary>Relative change of success and of turns to success against <paramref name="baseline"/> (paired: same listeners resampled).</summary>
    public (Interval Success, Interval TurnsToSuccess) RelativeTo(ArmResult baseline, BootstrapSettings bootstrap) =>
        (ClusterBootstrap.PairedRelative(Sums(t => (t.Accepted, t.Conversations)), baseline.Sums(t => (t.Accepted, t.Conversations)), bootstrap),
         ClusterBootstrap.PairedRelative(Sums(t => (t.TurnsToSuccess, t.Accepted)), baseline.Sums(t => (t.TurnsToSuccess, t.Accepted)), bootstrap));

    /// <summary>One metric's numerator and denominator per listener.</summary>
    private ClusterSums Sums(Func<ListenerTotals, (double N, double D)> metric) => ClusterSums.Of(PerListener.Select(metric));
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
