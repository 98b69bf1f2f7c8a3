using Fixture.Beta;

namespace Fixture.Alpha;

/// <summary>The first arrow of the planted cycle: Alpha → Beta.</summary>
public sealed class A
{
    /// <summary>Uses Beta.</summary>
    public int Use() => new B().Use();
}
