using AlexaMusicSkill.Lambda.Startup;

namespace AlexaMusicSkill.Lambda.Tests.Startup;

public sealed class MemoryLimitTests
{
    [Theory]
    [InlineData("128", null, 128UL * 1024 * 1024)]
    [InlineData("256", "false", 256UL * 1024 * 1024)]
    [InlineData("256", "TRUE", null)]
    [InlineData("256", "true", null)]
    [InlineData(null, null, null)]
    [InlineData("lots", null, null)]
    [InlineData("0", null, null)]
    public void FromEnvironment_MemorySizeAndOptOut_GiveTheHeapLimit(string? memoryMb, string? disabled, ulong? expected)
    {
        var env = new Dictionary<string, string?>
        {
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = memoryMb,
            ["AWS_LAMBDA_DOTNET_DISABLE_MEMORY_LIMIT_CHECK"] = disabled,
        };

        Assert.Equal(expected, MemoryLimit.FromEnvironment(env));
    }
}
