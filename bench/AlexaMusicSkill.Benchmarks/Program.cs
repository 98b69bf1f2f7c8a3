using AlexaMusicSkill.Benchmarks;
using BenchmarkDotNet.Running;

// `-- latency [turns]` prints per-turn percentiles; `-- simulate [conversations]` the simulator's throughput;
// anything else goes to BenchmarkDotNet (e.g. `-- --filter '*'`).
if (args.Length > 0 && args[0] == "simulate")
{
    SimulatorThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000);
    return;
}

if (args.Length > 0 && args[0] == "experiment")
{
    ExperimentSmoke.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "latency")
{
    await LatencyRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TurnBenchmarks).Assembly).Run(args);
