using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AlexaMusicSkill.TestSupport;

/// <summary>
/// ssml-check-core (platform amazon) in one long-lived Node process shared by every test of the assembly,
/// so checking thousands of SSML strings costs milliseconds, not a process each.
/// </summary>
public sealed class SsmlChecker : IDisposable
{
    private static readonly Lazy<SsmlChecker> Instance = new(() => new SsmlChecker(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _nextId;

    private SsmlChecker()
    {
        var script = Path.Combine(NodeTools.Folder, "ssml-check-server.js");
        var start = new ProcessStartInfo(NodeTools.NodeExecutable, [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = NodeTools.Folder,
        };
        _process = Process.Start(start)!;
        _ = _process.StandardError.ReadToEndAsync();
        var ready = _process.StandardOutput.ReadLine();
        if (ready is null || !ready.Contains("ready", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The SSML checker process did not start.");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public static SsmlChecker Shared => Instance.Value;

    /// <summary>The checker's errors for this SSML (empty when Alexa would accept it), each as compact JSON.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(string ssml, string locale = "en-US")
    {
        await _gate.WaitAsync();
        try
        {
            var id = ++_nextId;
            var request = new JsonObject { ["id"] = id, ["ssml"] = ssml, ["locale"] = locale };
            await _process.StandardInput.WriteLineAsync(request.ToJsonString());
            await _process.StandardInput.FlushAsync();
            var line = await _process.StandardOutput.ReadLineAsync()
                ?? throw new InvalidOperationException("The SSML checker process exited.");
            var answer = JsonNode.Parse(line)!.AsObject();
            if (answer["id"]?.GetValue<long>() != id)
            {
                throw new InvalidOperationException($"The SSML checker answered out of order: {line}");
            }

            return answer["errors"]!.AsArray().Select(e => e!.ToJsonString()).ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Fails the test with the checker's errors when Alexa would reject the SSML.</summary>
    public async Task AssertValidAsync(string ssml)
    {
        var errors = await CheckAsync(ssml);
        if (errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"ssml-check-core rejected the SSML: {string.Join(", ", errors)}\n{ssml}");
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // The process is already gone.
        }
    }
}
