namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>How an experiment reports where it is (the CLI draws progress bars; tests stay silent).</summary>
public interface IExperimentProgress
{
    /// <summary>A stage starts; <paramref name="total"/> units (conversations, or 1 for an indivisible step).</summary>
    void Begin(string stage, int total);

    /// <summary>More units of the current stage are done (may be called from worker threads).</summary>
    void Advance(int units);

    void End();
}

public sealed class SilentProgress : IExperimentProgress
{
    public static SilentProgress Instance { get; } = new();

    public void Begin(string stage, int total)
    {
    }

    public void Advance(int units)
    {
    }

    public void End()
    {
    }
}
