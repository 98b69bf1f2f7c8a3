namespace AlexaMusicSkill.Records;

/// <summary>Where decision, outcome and listening records go: stdout lines in Lambda, a JSONL file locally, memory in tests.</summary>
public interface IDecisionLog
{
    void Append(LogRecord record);
}

/// <summary>Keeps records as objects (tests and the simulator read them without parsing).</summary>
public sealed class InMemoryDecisionLog : IDecisionLog
{
    private readonly Lock _gate = new();
    private readonly List<LogRecord> _records = [];

    public IReadOnlyList<LogRecord> Records
    {
        get
        {
            lock (_gate)
            {
                return _records.ToList();
            }
        }
    }

    public void Append(LogRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }
}
