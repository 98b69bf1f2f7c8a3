namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>Turns every phrasing of the table into the request a resolver would send and its meaning.</summary>
internal interface IPhrasingResolver
{
    string Name { get; }

    /// <summary>One hearing per row id.</summary>
    Task<IReadOnlyDictionary<string, Hearing>> HearAllAsync(IReadOnlyList<PhrasingRow> rows, CancellationToken cancellationToken);
}
