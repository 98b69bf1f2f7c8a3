namespace Fixture.Reports;

/// <summary>The planted `Random.Shared`, hidden in a lambda and an async method (compiler-generated code).</summary>
public sealed class Jitter
{
    /// <summary>Random delays, drawn inside a lambda.</summary>
    public static IEnumerable<double> Delays(int count) => Enumerable.Range(0, count).Select(_ => Random.Shared.NextDouble());

    /// <summary>Waits a random while, drawn inside an async state machine.</summary>
    public static async Task WaitAsync(CancellationToken cancellation)
    {
        await Task.Yield();
        await Task.Delay(TimeSpan.FromTicks(Random.Shared.Next(10)), cancellation);
    }
}
