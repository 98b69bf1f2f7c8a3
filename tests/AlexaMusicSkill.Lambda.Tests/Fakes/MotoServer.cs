using System.Diagnostics;
using System.Net.Sockets;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Fakes;

/// <summary>moto's in-memory AWS API server on a loopback port, when moto is installed (it is optional).</summary>
internal sealed class MotoServer : IDisposable
{
    private readonly Process _process;

    private MotoServer(Process process, int port)
    {
        _process = process;
        ServiceUrl = $"http://127.0.0.1:{port}";
    }

    public string ServiceUrl { get; }

    /// <summary>Starts moto_server, or returns null when it is not installed.</summary>
    public static async Task<MotoServer?> TryStartAsync()
    {
        var executable = ExternalTool.Find("moto_server");
        if (executable is null)
        {
            return null;
        }

        var port = FreePort.Next();
        var process = Process.Start(new ProcessStartInfo(executable, ["-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var server = new MotoServer(process, port);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        server.Dispose();
        throw new InvalidOperationException("moto_server is installed but did not start listening within 30 s.");
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
