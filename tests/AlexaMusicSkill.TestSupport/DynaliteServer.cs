using System.Diagnostics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace AlexaMusicSkill.TestSupport;

/// <summary>
/// A real DynamoDB-API server (dynalite, in memory) on a free loopback port, for the tests of our DynamoDB code.
/// Use it as an xunit assembly or class fixture; each test creates its own table with <see cref="CreateStateTableAsync"/>.
/// </summary>
public sealed class DynaliteServer : IAsyncDisposable
{
    private readonly Process _process;

    private DynaliteServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    public static async Task<DynaliteServer> StartAsync()
    {
        var cli = NodeTools.ModulePath("dynalite", "cli.js");
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort.Next();
            var start = new ProcessStartInfo(NodeTools.NodeExecutable, [cli, "--port", port.ToString(), "--host", "127.0.0.1"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var process = Process.Start(start)!;
            var ready = process.StandardOutput.ReadLineAsync();
            var finished = await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(20)));
            if (finished == ready && ready.Result?.Contains("listening", StringComparison.OrdinalIgnoreCase) == true)
            {
                _ = process.StandardOutput.ReadToEndAsync(); // keep draining so the pipe never fills
                _ = process.StandardError.ReadToEndAsync();
                return new DynaliteServer(process, port);
            }

            process.Kill(entireProcessTree: true);
            if (attempt >= 2)
            {
                throw new InvalidOperationException($"dynalite did not start: {await process.StandardError.ReadToEndAsync()}");
            }
        }
    }

    /// <summary>A client with dummy credentials and short timeouts, as a local run of the skill would build it.</summary>
    public AmazonDynamoDBClient CreateClient() => new(
        new BasicAWSCredentials("test", "test"),
        new AmazonDynamoDBConfig { ServiceURL = ServiceUrl, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

    /// <summary>Creates the one table of <c>contracts.md</c> (hash key <c>pk</c>) under a fresh name.</summary>
    public async Task<string> CreateStateTableAsync(string? name = null)
    {
        name ??= "musicskill-test-" + Guid.NewGuid().ToString("N")[..12];
        using var client = CreateClient();
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
        });

        // dynalite creates tables asynchronously (CREATING → ACTIVE), like DynamoDB.
        for (var i = 0; i < 100; i++)
        {
            var table = await client.DescribeTableAsync(name);
            if (table.Table.TableStatus == TableStatus.ACTIVE)
            {
                return name;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"Table {name} did not become ACTIVE.");
    }

    public ValueTask DisposeAsync()
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
        return ValueTask.CompletedTask;
    }
}
