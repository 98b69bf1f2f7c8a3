namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>What happened on the listener's side of one conversation (for reports and tests).</summary>
public sealed class ListenerTally
{
    public int DontKnows { get; set; }

    public int Misheard { get; set; }

    public int Leads { get; set; }

    public bool Abandoned { get; set; }
}
