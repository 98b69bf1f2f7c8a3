using Xunit.Sdk;

namespace AlexaMusicSkill.Tests.Fixtures;

public sealed class JsonAssertTests
{
    [Theory]
    [InlineData("""{"a":1,"b":[1,2]}""", """{"b":[1,2],"a":1}""")]
    [InlineData("""{"a":1.50}""", """{"a":1.5}""")]
    [InlineData("""{"a":null}""", """{"a":null}""")]
    public void Equivalent_SameJsonInAnotherForm_Passes(string expected, string actual)
    {
        JsonAssert.Equivalent(expected, actual);
    }

    [Theory]
    [InlineData("""{"a":1}""", """{}""", "$.a (missing from actual)")]
    [InlineData("""{}""", """{"a":1}""", "$.a (not expected)")]
    [InlineData("""{"a":"x"}""", """{"a":"X"}""", "$.a (expected")]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""", "$.a[0]")]
    [InlineData("""{"a":[1]}""", """{"a":[1,1]}""", "expected 1 items, got 2")]
    [InlineData("""{"a":"1"}""", """{"a":1}""", "$.a (expected")]
    [InlineData("""{"a":true}""", """{"a":false}""", "$.a (expected")]
    [InlineData("""{"a":null}""", """{}""", "$.a (missing from actual)")]
    public void Equivalent_DifferentJson_FailsNamingThePath(string expected, string actual, string path)
    {
        var error = Assert.Throws<XunitException>(() => JsonAssert.Equivalent(expected, actual));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equivalent_IgnoredPaths_AreRemovedFromExpectedOnly()
    {
        JsonAssert.Equivalent("""{"a":{"b.c":1,"d":2},"e":[{"f":3,"g":4}]}""", """{"a":{"d":2},"e":[{"g":4}]}""", "/a/b.c", "/e/0/f");
        Assert.Throws<XunitException>(() => JsonAssert.Equivalent("""{"a":1}""", """{"a":1}""", "/missing"));
    }
}
