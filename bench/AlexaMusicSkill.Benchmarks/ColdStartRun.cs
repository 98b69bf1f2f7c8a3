using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>
/// Whole-process cold start of the published `bootstrap`: process spawn → first LaunchRequest answered through a
/// loopback Lambda Runtime API, with the state read and write on a loopback dynalite. Reports each run and the median,
/// plus peak RSS (VmHWM). Usage: <c>-- coldstart &lt;path to bootstrap&gt; [runs]</c>.
/// </summary>
internal static class ColdStartRun
{
    public static async Task RunAsync(string bootstrap, int runs)
    {
        var repo = FindRepo();
        var dynalitePort = FreePort();
        using var dynalite = Process.Start(new ProcessStartInfo("node", [Path.Combine(repo, "tests", "node", "node_modules", "dynalite", "cli.js"), "--port", dynalitePort.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        })!;
        await dynalite.StandardOutput.ReadLineAsync();
        var endpoint = $"http://127.0.0.1:{dynalitePort}";
        await CreateTableAsync(endpoint);

        var launch = await File.ReadAllTextAsync(Path.Combine(repo, "events", "launch.json"));
        var times = new List<double>();
        var rss = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var apiPort = FreePort();
            using var api = new HttpListener();
            api.Prefixes.Add($"http://127.0.0.1:{apiPort}/");
            api.Start();
            var body = launch.Replace("amzn1.echo-api.request.", $"amzn1.echo-api.request.cold{run}-", StringComparison.Ordinal);

            var start = new ProcessStartInfo(bootstrap) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var (key, value) in new Dictionary<string, string>
            {
                ["AWS_LAMBDA_RUNTIME_API"] = $"127.0.0.1:{apiPort}",
                ["SKILL_ID"] = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000",
                ["TABLE_NAME"] = "coldstart",
                ["USER_KEY_SECRET"] = "cold-start-secret-0123456789",
                ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint,
                ["AWS_REGION"] = "us-east-1",
                ["AWS_ACCESS_KEY_ID"] = "x",
                ["AWS_SECRET_ACCESS_KEY"] = "x",
                ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "128",
            })
            {
                start.Environment[key] = value;
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            double answeredMs = double.NaN;
            long peakKiB = 0;
            while (double.IsNaN(answeredMs))
            {
                var context = await api.GetContextAsync();
                if (context.Request.HttpMethod == "GET")
                {
                    context.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = $"cold-{run}";
                    context.Response.Headers["Lambda-Runtime-Deadline-Ms"] = DateTimeOffset.UtcNow.AddSeconds(7).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
                    var bytes = Encoding.UTF8.GetBytes(body);
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
                else
                {
                    answeredMs = clock.Elapsed.TotalMilliseconds;
                    peakKiB = PeakKiB(process.Id);
                    context.Response.StatusCode = 202;
                    context.Response.Close();
                }
            }

            process.Kill();
            times.Add(answeredMs);
            rss.Add(peakKiB / 1024.0);
            Console.WriteLine($"run {run + 1}: first response {answeredMs:0.0} ms, peak RSS {peakKiB / 1024.0:0.0} MiB");
        }

        dynalite.Kill();
        times.Sort();
        Console.WriteLine($"median of {runs}: {times[runs / 2]:0.0} ms; peak RSS max {rss.Max():0.0} MiB; bootstrap {new FileInfo(bootstrap).Length / 1e6:0.0} MB");
    }

    private static async Task CreateTableAsync(string endpoint)
    {
        using var client = new Amazon.DynamoDBv2.AmazonDynamoDBClient(new Amazon.Runtime.BasicAWSCredentials("x", "x"), new Amazon.DynamoDBv2.AmazonDynamoDBConfig { ServiceURL = endpoint, AuthenticationRegion = "us-east-1" });
        await client.CreateTableAsync(new Amazon.DynamoDBv2.Model.CreateTableRequest
        {
            TableName = "coldstart",
            BillingMode = Amazon.DynamoDBv2.BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new("pk", Amazon.DynamoDBv2.ScalarAttributeType.S)],
            KeySchema = [new("pk", Amazon.DynamoDBv2.KeyType.HASH)],
        });
        while ((await client.DescribeTableAsync("coldstart")).Table.TableStatus != Amazon.DynamoDBv2.TableStatus.ACTIVE)
        {
            await Task.Delay(50);
        }
    }

    private static long PeakKiB(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlexaMusicSkill.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
