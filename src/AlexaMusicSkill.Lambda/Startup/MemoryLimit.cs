namespace AlexaMusicSkill.Lambda.Startup;

/// <summary>
/// Caps the GC heap at the function's memory size, as Lambda's own .NET runtime does: the sandbox's cgroup limit is
/// not always what the GC sees, and a GC that thinks it has more collects too late.
/// <c>AWS_LAMBDA_DOTNET_DISABLE_MEMORY_LIMIT_CHECK=true</c> turns it off.
/// </summary>
internal static class MemoryLimit
{
    /// <summary>The heap limit in bytes, or null when the size is absent, unreadable or the check is disabled.</summary>
    public static ulong? FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        if (LambdaEnvironment.IsTrue(LambdaEnvironment.Get(environment, "AWS_LAMBDA_DOTNET_DISABLE_MEMORY_LIMIT_CHECK")))
        {
            return null;
        }

        return ulong.TryParse(LambdaEnvironment.Get(environment, "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), out var megabytes) && megabytes > 0
            ? megabytes * 1024 * 1024
            : null;
    }

    /// <summary>Applies the limit from the environment, if any; returns it.</summary>
    public static ulong? Apply(IReadOnlyDictionary<string, string?> environment)
    {
        var limit = FromEnvironment(environment);
        if (limit is { } bytes)
        {
            AppContext.SetData("GCHeapHardLimit", bytes);
            GC.RefreshMemoryLimit();
        }

        return limit;
    }
}
