using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace AlexaMusicSkill.Lambda.Runtime;

/// <summary>
/// Our client of the Lambda Runtime API (<c>http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/…</c>): one long-poll GET
/// for the next event and the POSTs that answer it. A 500 or an unusable <c>next</c> is a
/// <see cref="RuntimeApiException"/> (exit); other non-2xx answers to a POST come back as a <see cref="PostOutcome"/>.
/// </summary>
internal sealed class RuntimeApiClient : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly MediaTypeHeaderValue ErrorContentType = new("application/vnd.aws.lambda.error+json");

    private readonly HttpClient _http;

    public RuntimeApiClient(string runtimeApi)
    {
        // A SocketsHttpHandler built by hand: no proxy lookup, no cookies, no redirects; UTF-8 headers
        // so a non-ASCII ARN or trace header cannot fail a request.
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
            ResponseHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        };

        // No client timeout: `next` blocks until an event arrives, and the environment may be frozen in between.
        _http = new HttpClient(handler)
        {
            BaseAddress = new Uri($"http://{runtimeApi}/2018-06-01/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    public static string UserAgent { get; } =
        "alexamusicskill-aot/" + (typeof(RuntimeApiClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>Blocks until Lambda hands out the next event.</summary>
    public async Task<LambdaInvocation> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("runtime/invocation/next", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await ReadDetailAsync(response, cancellationToken);
            throw new RuntimeApiException($"GET next answered {(int)response.StatusCode}: {detail}");
        }

        var requestId = Header(response, RuntimeApiHeaders.RequestId)
            ?? throw new RuntimeApiException($"GET next answered without {RuntimeApiHeaders.RequestId}.");
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new LambdaInvocation(requestId, body)
        {
            Deadline = ParseDeadline(Header(response, RuntimeApiHeaders.DeadlineMs)),
            FunctionArn = Header(response, RuntimeApiHeaders.InvokedFunctionArn),
            TraceId = Header(response, RuntimeApiHeaders.TraceId),
        };
    }

    public Task<PostOutcome> PostResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = JsonContentType;
        return PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, null, cancellationToken);
    }

    public Task<PostOutcome> PostErrorAsync(string requestId, string errorTypeHeader, FunctionError error, CancellationToken cancellationToken) =>
        PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", ErrorContent(error), errorTypeHeader, cancellationToken);

    /// <summary>Reports a failed cold start; Lambda returns it to the first invoke. The caller then exits non-zero.</summary>
    public Task<PostOutcome> PostInitErrorAsync(string errorTypeHeader, FunctionError error, CancellationToken cancellationToken) =>
        PostAsync("runtime/init/error", ErrorContent(error), errorTypeHeader, cancellationToken);

    public void Dispose() => _http.Dispose();

    internal static DateTimeOffset? ParseDeadline(string? milliseconds) =>
        long.TryParse(milliseconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(value)
            : null;

    private async Task<PostOutcome> PostAsync(string path, HttpContent content, string? errorTypeHeader, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (errorTypeHeader is not null)
        {
            request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.FunctionErrorType, errorTypeHeader);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.InternalServerError)
        {
            // "Container error. Non-recoverable state. Runtime should exit promptly."
            throw new RuntimeApiException($"POST {path} answered 500: {await ReadDetailAsync(response, cancellationToken)}");
        }

        return response.IsSuccessStatusCode
            ? new PostOutcome(response.StatusCode, null)
            : new PostOutcome(response.StatusCode, await ReadDetailAsync(response, cancellationToken));
    }

    private static ByteArrayContent ErrorContent(FunctionError error)
    {
        var content = new ByteArrayContent(error.ToUtf8Json());
        content.Headers.ContentType = ErrorContentType;
        return content;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrEmpty(v)) : null;

    private static async Task<string> ReadDetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length > 500 ? text[..500] : text;
    }
}
