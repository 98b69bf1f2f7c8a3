using AlexaMusicSkill.Lambda.Startup;

namespace AlexaMusicSkill.Lambda.Tests.Startup;

public sealed class LambdaEnvironmentTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("1", false)]
    [InlineData(null, false)]
    public void From_RunOnceVariable_IsTrueOnlyForTrue(string? value, bool expected)
    {
        var env = new Dictionary<string, string?> { ["AWS_LAMBDA_RUNTIME_RUN_ONCE"] = value, ["AWS_LAMBDA_RUNTIME_API"] = " 127.0.0.1:9001 " };

        var runtime = LambdaEnvironment.From(env);

        Assert.Equal(expected, runtime.RunOnce);
        Assert.Equal("127.0.0.1:9001", runtime.RuntimeApi);
    }
}
