namespace AlexaMusicSkill.TestSupport;

/// <summary>xunit fixture owning one dynalite process for the tests that share it.</summary>
public sealed class DynaliteFixture : Xunit.IAsyncLifetime
{
    private DynaliteServer? _server;

    public DynaliteServer Server => _server ?? throw new InvalidOperationException("dynalite is not started.");

    public async ValueTask InitializeAsync() => _server = await DynaliteServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
