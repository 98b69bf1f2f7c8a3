namespace Fixture.Alpha;

/// <summary>The Alpha type that Beta reaches back to, closing the cycle.</summary>
public sealed class C
{
    /// <summary>A value for Beta.</summary>
    public int Value => 3;
}
