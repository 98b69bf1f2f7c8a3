using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.Music.Affinity;

public sealed class EmbeddingAffinityModelTests
{
    /// <summary>Two taste directions: jazz artists along x, rock along y; Bob Dylan between; nothing for the rest.</summary>
    internal static AffinityArtifact Artifact { get; } = new()
    {
        ModelVersion = "test-affinity",
        Dimensions = 2,
        ArtistIds = ["miles-davis", "chet-baker", "radiohead", "pixies", "bob-dylan"],
        Vectors = [1, 0, 1, 0, 0, 1, 0, 1, 0.7071f, 0.7071f],
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static readonly CatalogIndex Index = CatalogIndex.For(TestCatalog.Catalog);

    [Fact]
    public void ArtistAffinities_FromPlayedJazz_CosineWithEveryKnownArtist()
    {
        var model = new EmbeddingAffinityModel(Artifact);
        var affinities = model.ArtistAffinities(Index, [], [TrackOf("miles-davis")])!;

        Assert.Equal(1.0, affinities[Index.ArtistOrdinal("chet-baker")], 5);
        Assert.Equal(0.0, affinities[Index.ArtistOrdinal("radiohead")], 5);
        Assert.Equal(0.7071, affinities[Index.ArtistOrdinal("bob-dylan")], 3);
        Assert.True(double.IsNaN(affinities[Index.ArtistOrdinal("madonna")]), "an artist the model never saw has no affinity");
    }

    [Fact]
    public void ArtistAffinities_LikedCountsTwiceAsMuchAsPlayed()
    {
        var model = new EmbeddingAffinityModel(Artifact);
        var affinities = model.ArtistAffinities(Index, [TrackOf("radiohead")], [TrackOf("miles-davis")])!;
        Assert.True(affinities[Index.ArtistOrdinal("pixies")] > affinities[Index.ArtistOrdinal("chet-baker")]);
    }

    [Fact]
    public void ArtistAffinities_NoHistoryOrNoKnownArtist_IsNull()
    {
        var model = new EmbeddingAffinityModel(Artifact);
        Assert.Null(model.ArtistAffinities(Index, [], []));
        Assert.Null(model.ArtistAffinities(Index, [], [TrackOf("madonna")]));
        Assert.Null(NoAffinity.Instance.ArtistAffinities(Index, [], [TrackOf("miles-davis")]));
    }

    [Fact]
    public void ArtistAffinities_SameHistoryObjects_ServedFromCache()
    {
        var model = new EmbeddingAffinityModel(Artifact);
        IReadOnlyList<string> played = [TrackOf("pixies")];
        IReadOnlyList<string> liked = [];
        Assert.Same(model.ArtistAffinities(Index, liked, played), model.ArtistAffinities(Index, liked, played));
        Assert.NotSame(model.ArtistAffinities(Index, liked, played), model.ArtistAffinities(Index, [TrackOf("miles-davis")], played));
    }

    [Fact]
    public void Constructor_VectorsThatDoNotFit_Refused()
    {
        Assert.Throws<InvalidDataException>(() => new EmbeddingAffinityModel(Artifact with { Vectors = [1, 0, 1] }));
        Assert.Throws<InvalidDataException>(() => new EmbeddingAffinityModel(Artifact with { FormatVersion = 99 }));
    }

    [Fact]
    public void Serialize_RoundTrips()
    {
        var parsed = AffinityJsonContext.Parse(AffinityJsonContext.Serialize(Artifact));
        Assert.Equal(Artifact.ArtistIds, parsed.ArtistIds);
        Assert.Equal(Artifact.Vectors, parsed.Vectors);
    }

    internal static string TrackOf(string artistId) => TestCatalog.Catalog.TracksBy(artistId)[0].Id;
}
