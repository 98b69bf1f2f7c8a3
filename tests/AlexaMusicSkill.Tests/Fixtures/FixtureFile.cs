using AlexaMusicSkill.Alexa;

namespace AlexaMusicSkill.Tests.Fixtures;

/// <summary>Reads the wire fixtures copied beside the test assembly (Fixtures/Requests, Fixtures/Responses).</summary>
internal static class FixtureFile
{
    public static string Folder(string kind) => Path.Combine(AppContext.BaseDirectory, "Fixtures", kind);

    public static string RequestJson(string name) => File.ReadAllText(Path.Combine(Folder("Requests"), name));

    public static string ResponseJson(string name) => File.ReadAllText(Path.Combine(Folder("Responses"), name));

    /// <summary>The parsed fixture; with <paramref name="roundTripped"/> it is serialized and parsed once more first.</summary>
    public static SkillRequest Request(string name, bool roundTripped = false)
    {
        var request = AlexaJson.DeserializeRequest(RequestJson(name));
        return roundTripped ? AlexaJson.DeserializeRequest(AlexaJson.SerializeRequest(request)) : request;
    }

    public static IEnumerable<string> Names(string kind) =>
        Directory.GetFiles(Folder(kind), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
