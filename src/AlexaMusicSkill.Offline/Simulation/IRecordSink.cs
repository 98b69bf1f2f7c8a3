using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// Receives the decision log of a simulation in chunks (a chunk = the records of a fixed group of listeners).
/// Chunks can arrive in any order and from several threads; sinks that write files put them back in order, so a
/// seeded run writes the same bytes however it was scheduled.
/// </summary>
public interface IRecordSink
{
    void Write(int chunk, IReadOnlyList<LogRecord> records);
}
