using System.Diagnostics;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlexaMusicSkill.Cli.Serve;

/// <summary>
/// The skill as an HTTPS endpoint for Alexa (behind a TLS terminator): POST <c>/</c> or <c>/alexa</c> with the request
/// envelope. The signature is verified on the raw bytes before anything is parsed (unless verification is off);
/// a failed check or a refused skill id is HTTP 400 with a short reason and nothing processed.
/// </summary>
internal sealed class AlexaEndpoint : IAsyncDisposable
{
    /// <summary>Alexa requests are a few kilobytes; anything far larger is not one.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(7);

    private readonly WebApplication _app;
    private readonly ISkillFunction _function;
    private readonly AlexaRequestVerifier? _verifier;
    private readonly TextWriter _log;

    private AlexaEndpoint(WebApplication app, ISkillFunction function, AlexaRequestVerifier? verifier, TextWriter log)
    {
        _app = app;
        _function = function;
        _verifier = verifier;
        _log = log;
    }

    /// <summary>The address it listens on, once started (the real port when 0 was asked for).</summary>
    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Starts listening; a port in use is a <see cref="UserErrorException"/>.</summary>
    public static async Task<AlexaEndpoint> StartAsync(ISkillFunction function, AlexaRequestVerifier? verifier, string host, int port, TextWriter log, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        var app = builder.Build();
        var endpoint = new AlexaEndpoint(app, function, verifier, log);
        app.MapPost("/", (RequestDelegate)endpoint.HandleAsync);
        app.MapPost("/alexa", (RequestDelegate)endpoint.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            throw new UserErrorException($"cannot listen on {host}:{port}: {e.Message} (is the port in use? pick another with --port)", inner: e);
        }

        return endpoint;
    }

    /// <summary>Completes when the host is told to stop (SIGTERM, Ctrl+C) or <paramref name="cancellationToken"/> fires.</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStop = _app.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        using var onCancel = cancellationToken.Register(() => stopping.TrySetResult());
        await stopping.Task;
    }

    public async Task StopAsync() => await _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        var watch = Stopwatch.StartNew();
        var (status, reason) = await AnswerAsync(http);
        Log($"POST {http.Request.Path} → {status}{(reason is null ? string.Empty : " " + reason)} ({watch.ElapsedMilliseconds} ms)");
    }

    private async Task<(int Status, string? Reason)> AnswerAsync(HttpContext http)
    {
        var aborted = http.RequestAborted;
        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, aborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e)
        {
            return await RefuseAsync(http, e.StatusCode, "the request body is too large or malformed");
        }

        if (_verifier is not null)
        {
            var headers = http.Request.Headers;
            var problem = await _verifier.VerifyAsync(headers[AlexaRequestVerifier.CertificateUrlHeader], headers[AlexaRequestVerifier.SignatureHeader], body, aborted);
            if (problem is not null)
            {
                return await RefuseAsync(http, StatusCodes.Status400BadRequest, problem);
            }
        }

        var context = new InvocationContext(http.TraceIdentifier, DateTimeOffset.UtcNow + Deadline);
        switch (await _function.InvokeAsync(body, context, aborted))
        {
            case InvocationOutcome.Answered answered:
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = "application/json;charset=UTF-8";
                await http.Response.Body.WriteAsync(answered.ResponseUtf8, aborted);
                return (StatusCodes.Status200OK, null);
            case InvocationOutcome.Refused refused:
                return await RefuseAsync(http, StatusCodes.Status400BadRequest, refused.Message);
            default:
                return await RefuseAsync(http, StatusCodes.Status500InternalServerError, "no answer");
        }
    }

    private static async Task<(int, string?)> RefuseAsync(HttpContext http, int status, string reason)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain;charset=UTF-8";
        await http.Response.WriteAsync(reason + "\n", http.RequestAborted);
        return (status, reason);
    }

    private void Log(string line)
    {
        lock (_log)
        {
            _log.WriteLine(line);
            _log.Flush();
        }
    }
}
