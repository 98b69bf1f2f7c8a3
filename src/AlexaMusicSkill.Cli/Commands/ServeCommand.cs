using System.CommandLine;
using AlexaMusicSkill.Cli.Local;
using AlexaMusicSkill.Cli.Serve;
using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill serve --port N</c>: the skill as an HTTP endpoint for Alexa (POST / and /alexa), with request
/// signature verification on unless <c>--no-verify</c>.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 3000;

    public static Command Create(CliConsole console)
    {
        var local = new LocalSkillOptions();
        var port = new Option<int>("--port", "-p") { Description = "TCP port to listen on", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host")
        {
            Description = "Address to bind (0.0.0.0 for all interfaces; Alexa needs HTTPS, so put a TLS proxy or tunnel in front)",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var noVerify = new Option<bool>("--no-verify") { Description = "Skip Alexa request signature verification (local tests only!)" };
        var command = new Command("serve", "Serve the skill over HTTP for Alexa (POST / and /alexa), verifying request signatures");
        command.Add(port);
        command.Add(host);
        command.Add(noVerify);
        local.AddTo(command);
        command.SetAction((result, ct) => CommandAction.RunAsync(console, async () =>
        {
            var skipVerification = result.GetValue(noVerify);
            await using var skill = await LocalSkill.OpenAsync(local.Read(result), new TextEventLog(console.Out, LogLevel.Info), ct);
            using var downloader = new HttpCertificateChainDownloader();
            var verifier = skipVerification ? null : new AlexaRequestVerifier(downloader, TimeProvider.System);
            await using var endpoint = await AlexaEndpoint.StartAsync(skill.Function, verifier, result.GetValue(host)!, result.GetValue(port), console.Out, ct);
            if (skipVerification)
            {
                await console.Error.WriteLineAsync("WARNING: request signature verification is OFF (--no-verify). Anyone who can reach this port can drive the skill as any user. Use it only for local tests.");
            }

            await console.Out.WriteLineAsync($"Serving {skill.SkillId} on {endpoint.Address} (POST / or /alexa); signature verification {(skipVerification ? "OFF" : "on")}. Ctrl+C stops.");
            await console.Out.FlushAsync(CancellationToken.None);
            await endpoint.WaitForShutdownAsync(ct);
            await endpoint.StopAsync();
            return ExitCodes.Ok;
        }));
        return command;
    }
}
