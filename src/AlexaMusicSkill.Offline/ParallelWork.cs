using System.Runtime.ExceptionServices;

namespace AlexaMusicSkill.Offline;

/// <summary>Parallel loops that fail the way a sequential loop would: the first exception, not an AggregateException.</summary>
internal static class ParallelWork
{
    public static void For<TLocal>(int count, Func<TLocal> localInit, Func<int, TLocal, TLocal> body)
    {
        try
        {
            Parallel.For(0, count, localInit, (i, _, local) => body(i, local), _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    public static void For(int count, Action<int> body) => For(count, () => 0, (i, local) =>
    {
        body(i);
        return local;
    });
}
