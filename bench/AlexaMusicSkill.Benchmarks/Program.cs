using AlexaMusicSkill.Benchmarks;
using BenchmarkDotNet.Running;

// `-- latency [turns]` prints per-turn percentiles; anything else goes to BenchmarkDotNet (e.g. `-- --filter '*'`).
if (args.Length > 0 && args[0] == "latency")
{
    await LatencyRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TurnBenchmarks).Assembly).Run(args);
