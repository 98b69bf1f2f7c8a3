using Fixture.Alpha;

namespace Fixture.Gamma;

/// <summary>A one-way arrow Gamma → Alpha: allowed, so no cycle may name Gamma.</summary>
public sealed class Consumer
{
    /// <summary>Uses Alpha.</summary>
    public int Use() => new A().Use();

    /// <summary>A nested public type whose name is declared again in Reports (a nested duplicate).</summary>
    public sealed record Summary(int Count);

    // Private nested types may repeat a name: they are nobody else's vocabulary.
    private sealed record Row(int Index);
}
