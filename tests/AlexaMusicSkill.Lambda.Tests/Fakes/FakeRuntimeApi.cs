using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Fakes;

/// <summary>
/// A loopback server that speaks the Lambda Runtime API (2018-06-01) as Lambda and its emulator do: <c>next</c> blocks
/// until an event is queued, answers for unknown or finished request ids are 403, bodies over
/// <see cref="MaxPayloadBytes"/> get 413, and <see cref="FailNextWith500"/> / <see cref="FailPostsWith500"/> play a
/// broken container. Every POST is captured (with the status it got) for <see cref="NextPostAsync"/>.
/// </summary>
internal sealed class FakeRuntimeApi : IAsyncDisposable
{
    /// <summary>The Runtime API's own limit (6 MiB + 100 bytes).</summary>
    public const int RuntimeMaxPayloadBytes = (6 * 1024 * 1024) + 100;

    private const string Prefix = "/2018-06-01/runtime/";

    private readonly HttpListener _listener;
    private readonly Channel<QueuedEvent> _events = Channel.CreateUnbounded<QueuedEvent>();
    private readonly Channel<CapturedPost> _posts = Channel.CreateUnbounded<CapturedPost>();
    private readonly ConcurrentDictionary<string, bool> _pending = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;
    private int _nextCalls;

    private FakeRuntimeApi(HttpListener listener, int port)
    {
        _listener = listener;
        Address = $"127.0.0.1:{port}";
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>What <c>AWS_LAMBDA_RUNTIME_API</c> holds: <c>host:port</c>.</summary>
    public string Address { get; }

    public int MaxPayloadBytes { get; set; } = RuntimeMaxPayloadBytes;

    public bool FailNextWith500 { get; set; }

    public bool FailPostsWith500 { get; set; }

    /// <summary>How many <c>next</c> calls have arrived (including the one now waiting).</summary>
    public int NextCalls => Volatile.Read(ref _nextCalls);

    public ConcurrentQueue<string?> UserAgents { get; } = new();

    public static FakeRuntimeApi Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort.Next();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeRuntimeApi(listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public void Enqueue(QueuedEvent invocation) => _events.Writer.TryWrite(invocation);

    /// <summary>The next POST the runtime sent; fails the test when none arrives in time.</summary>
    public async Task<CapturedPost> NextPostAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await _posts.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The runtime posted nothing to the fake Runtime API in time.");
        }
    }

    public bool TryTakePost(out CapturedPost? post) => _posts.Reader.TryRead(out post);

    /// <summary>Waits until the runtime has called <c>next</c> at least <paramref name="count"/> times.</summary>
    public async Task WaitForNextCallsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (NextCalls < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The runtime called next {NextCalls} times, expected {count}.");
            }

            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopped while waiting for a connection.
        }

        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            UserAgents.Enqueue(context.Request.UserAgent);
            var path = context.Request.Url!.AbsolutePath;
            if (context.Request.HttpMethod == "GET" && path == Prefix + "invocation/next")
            {
                await ServeNextAsync(context);
            }
            else if (context.Request.HttpMethod == "POST" && path == Prefix + "init/error")
            {
                await CaptureAsync(context, PostKind.InitError, null);
            }
            else if (context.Request.HttpMethod == "POST" && path.StartsWith(Prefix + "invocation/", StringComparison.Ordinal))
            {
                var rest = path[(Prefix.Length + "invocation/".Length)..].Split('/');
                var kind = rest is [_, "response"] ? PostKind.Response : rest is [_, "error"] ? PostKind.Error : (PostKind?)null;
                if (kind is null)
                {
                    await AnswerAsync(context, 404, "{\"errorMessage\":\"Unknown path\",\"errorType\":\"InvalidPath\"}");
                    return;
                }

                await CaptureAsync(context, kind.Value, Uri.UnescapeDataString(rest[0]));
            }
            else
            {
                await AnswerAsync(context, 404, "{\"errorMessage\":\"Unknown path\",\"errorType\":\"InvalidPath\"}");
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The runtime or the test went away mid-request.
            try
            {
                context.Response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private async Task ServeNextAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _nextCalls);
        if (FailNextWith500)
        {
            await AnswerAsync(context, 500, "{\"errorMessage\":\"Container error. Non-recoverable state.\",\"errorType\":\"Runtime.Unknown\"}");
            return;
        }

        var invocation = await _events.Reader.ReadAsync(_stopping.Token);
        _pending[invocation.RequestId] = true;
        var headers = context.Response.Headers;
        headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        if (invocation.DeadlineMs is { } deadline)
        {
            headers["Lambda-Runtime-Deadline-Ms"] = deadline.ToString(CultureInfo.InvariantCulture);
        }

        if (invocation.FunctionArn is { } arn)
        {
            headers["Lambda-Runtime-Invoked-Function-Arn"] = arn;
        }

        if (invocation.TraceId is { } trace)
        {
            headers["Lambda-Runtime-Trace-Id"] = trace;
        }

        context.Response.ContentType = "application/json";
        await WriteAsync(context, 200, invocation.Body);
    }

    private async Task CaptureAsync(HttpListenerContext context, PostKind kind, string? requestId)
    {
        // Read the whole body before answering, as the emulator does, so a 413 reaches the client intact.
        using var buffer = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var received = System.Diagnostics.Stopwatch.GetTimestamp();

        int status;
        string answer;
        if (FailPostsWith500)
        {
            (status, answer) = (500, "{\"errorMessage\":\"Container error. Non-recoverable state.\",\"errorType\":\"Runtime.Unknown\"}");
        }
        else if (requestId is not null && !_pending.ContainsKey(requestId))
        {
            (status, answer) = (403, "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
        }
        else if (kind == PostKind.Response && body.Length > MaxPayloadBytes)
        {
            (status, answer) = (413, $"{{\"errorMessage\":\"Exceeded maximum allowed payload size ({MaxPayloadBytes} bytes).\",\"errorType\":\"RequestEntityTooLarge\"}}");
        }
        else
        {
            (status, answer) = (202, "{\"status\":\"OK\"}");
            if (requestId is not null)
            {
                _pending.TryRemove(requestId, out _);
            }
        }

        _posts.Writer.TryWrite(new CapturedPost(kind, requestId, status, body)
        {
            ErrorTypeHeader = context.Request.Headers["Lambda-Runtime-Function-Error-Type"],
            ContentType = context.Request.ContentType,
            UserAgent = context.Request.UserAgent,
            ReceivedTimestamp = received,
        });
        await AnswerAsync(context, status, answer);
    }

    private static Task AnswerAsync(HttpListenerContext context, int status, string json)
    {
        context.Response.ContentType = "application/json";
        return WriteAsync(context, status, Encoding.UTF8.GetBytes(json));
    }

    private static async Task WriteAsync(HttpListenerContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }
}
