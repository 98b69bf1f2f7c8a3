using System.Net.Sockets;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Support;

/// <summary>
/// <c>musicskill serve --no-verify</c> running in-process on a free port with its own state folder; disposing stops it
/// the way Ctrl+C does and keeps what it printed.
/// </summary>
internal sealed class ServedSkill : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<CliResult> _run;
    private readonly TempFolder _folder = new();

    private ServedSkill(int port, string[] extraArguments)
    {
        Port = port;
        _run = CliRun.RunUntilAsync(["serve", "--no-verify", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. CliRun.Local(_folder), .. extraArguments], string.Empty, _stop.Token);
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/alexa");

    public TempFolder Folder => _folder;

    public static async Task<ServedSkill> StartAsync(params string[] extraArguments)
    {
        var served = new ServedSkill(FreePort.Next(), extraArguments);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (served._run.IsCompleted)
            {
                var ended = await served._run;
                throw new InvalidOperationException($"serve exited with {ended.ExitCode}: {ended.Error}{ended.Out}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", served.Port);
                return served;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Stops the server and returns what the run printed and its exit code.</summary>
    public async Task<CliResult> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
        _folder.Dispose();
    }
}
