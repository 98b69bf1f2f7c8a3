using AlexaMusicSkill.Lambda.Runtime;

namespace AlexaMusicSkill.Lambda.Tests.Runtime;

public sealed class RuntimeApiClientTests
{
    [Theory]
    [InlineData("1542409706888", 1542409706888L)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("-5", null)]
    [InlineData("soon", null)]
    [InlineData("99999999999999999999", null)]
    public void ParseDeadline_HeaderValue_IsEpochMillisecondsOrNothing(string? header, long? expectedMs)
    {
        var expected = expectedMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;

        Assert.Equal(expected, RuntimeApiClient.ParseDeadline(header));
    }

    [Fact]
    public void UserAgent_NamesOurRuntime()
    {
        Assert.Matches(@"^alexamusicskill-aot/\d+\.\d+\.\d+$", RuntimeApiClient.UserAgent);
    }
}
