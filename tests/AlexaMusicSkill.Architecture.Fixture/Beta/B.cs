using Fixture.Alpha;

namespace Fixture.Beta;

/// <summary>The arrow back, Beta → Alpha, which closes the planted cycle.</summary>
public sealed class B
{
    /// <summary>Uses Alpha.</summary>
    public int Use() => new C().Value;
}
