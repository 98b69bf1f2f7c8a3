using AlexaMusicSkill.Benchmarks;
using BenchmarkDotNet.Running;

// `-- latency [turns]` prints per-turn percentiles; `-- coldstart <bootstrap> [runs]` times whole-process cold starts;
// `-- simulate [conversations] [--records path]` the simulator's throughput (records written to path, or dropped); `-- experiment <out> [--quick] [--hetrec dir]` runs the
// experiment without the CLI; anything else goes to BenchmarkDotNet (e.g. `-- --filter '*'`).
if (args.Length > 0 && args[0] == "simulate")
{
    var recordsAt = Array.IndexOf(args, "--records");
    var count = args.Length > 1 && args[1] != "--records" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
    SimulatorThroughput.Run(count, recordsAt > 0 && recordsAt + 1 < args.Length ? args[recordsAt + 1] : null);
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

if (args.Length > 1 && args[0] == "coldstart")
{
    await ColdStartRun.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TurnBenchmarks).Assembly).Run(args);
