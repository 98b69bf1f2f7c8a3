using System.CommandLine;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Offline.Research.LastFm;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Simulation.Populations;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>Who the simulated listeners are: the built-in synthetic population, or HetRec users (research only).</summary>
internal static class PopulationOptions
{
    public static Option<string?> HistoriesOption() => new("--histories")
    {
        Description = "The HetRec 2011 Last.fm folder (e.g. ../shared/data/hetrec2011-lastfm-2k): real listeners for research runs; non-commercial data, never commit what is derived from it",
    };

    public static Option<string> MediaOption() => new("--media-base-url")
    {
        Description = "Base URL of samples and streams",
        DefaultValueFactory = _ => "https://media.musicfinder.example.com",
    };

    public static void CheckHistories(string? histories)
    {
        if (histories is not null && !LastFmImporter.RequiredFiles.All(f => File.Exists(Path.Combine(histories, f))))
        {
            throw new UserErrorException($"no HetRec 2011 Last.fm data in {histories} (needs {string.Join(", ", LastFmImporter.RequiredFiles)}).");
        }
    }

    public static ListenerPopulation Create(string? histories, int listeners, ulong seed, string mediaBaseUrl)
    {
        CheckHistories(histories);
        return histories is null
            ? SyntheticPopulation.Create(BuiltInCatalog.Load(mediaBaseUrl), listeners, seed)
            : LastFmPopulation.Create(LastFmImporter.Import(histories).Catalog, mediaBaseUrl, seed).Population;
    }
}
