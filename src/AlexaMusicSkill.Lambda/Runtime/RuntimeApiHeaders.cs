namespace AlexaMusicSkill.Lambda.Runtime;

/// <summary>The Runtime API's header names and limits, in one place.</summary>
internal static class RuntimeApiHeaders
{
    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineMs = "Lambda-Runtime-Deadline-Ms";
    public const string InvokedFunctionArn = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceId = "Lambda-Runtime-Trace-Id";
    public const string FunctionErrorType = "Lambda-Runtime-Function-Error-Type";

    /// <summary>The env var the X-Ray and AWS SDKs read the current trace header from.</summary>
    public const string TraceIdEnvironmentVariable = "_X_AMZN_TRACE_ID";

    /// <summary>The largest response body the Runtime API accepts (6 MiB + 100 bytes); larger ones get 413.</summary>
    public const int MaxResponseBytes = (6 * 1024 * 1024) + 100;
}
