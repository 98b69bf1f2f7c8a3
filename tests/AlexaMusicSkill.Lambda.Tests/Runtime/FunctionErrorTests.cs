using System.Text.Json;
using AlexaMusicSkill.Lambda.Runtime;

namespace AlexaMusicSkill.Lambda.Tests.Runtime;

public sealed class FunctionErrorTests
{
    [Fact]
    public void ToUtf8Json_Exception_HasTheRuntimeApiShapeWithCause()
    {
        var error = Thrown(() => throw new InvalidOperationException("outer", new TimeoutException("inner")));

        var json = JsonDocument.Parse(FunctionError.FromException(error).ToUtf8Json()).RootElement;

        Assert.Equal("outer", json.GetProperty("errorMessage").GetString());
        Assert.Equal("InvalidOperationException", json.GetProperty("errorType").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("stackTrace").ValueKind);
        Assert.NotEqual(0, json.GetProperty("stackTrace").GetArrayLength());
        Assert.Equal("TimeoutException", json.GetProperty("cause").GetProperty("errorType").GetString());
    }

    [Fact]
    public void ToUtf8Json_BodyOver256KB_IsReplacedByAShortNotice()
    {
        var error = new FunctionError("Huge", new string('x', 300_000), []);

        var bytes = error.ToUtf8Json();

        Assert.True(bytes.Length < 1000);
        var json = JsonDocument.Parse(bytes).RootElement;
        Assert.Equal("Huge", json.GetProperty("errorType").GetString());
        Assert.Contains("256 KB", json.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SkillIdMismatch", "Function.SkillIdMismatch")]
    [InlineData("skillIdMismatch", "Function.Refused")]
    [InlineData("Skill Id", "Function.Refused")]
    [InlineData("", "Function.Refused")]
    public void ForRefusal_ErrorType_KeepsOnlyNamesLambdaAccepts(string errorType, string header)
    {
        Assert.Equal(header, FunctionErrorTypes.ForRefusal(errorType));
    }

    private static Exception Thrown(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException("nothing thrown");
    }
}
