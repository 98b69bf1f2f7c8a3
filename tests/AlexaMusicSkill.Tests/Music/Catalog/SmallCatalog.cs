namespace AlexaMusicSkill.Tests.Music.Catalog;

/// <summary>One small catalog written in both forms, plus the media base URL the tests load it with.</summary>
internal static class SmallCatalog
{
    public const string MediaBase = "https://media.example.com/music/";

    public const string ArtistsCsv = """
        id,name,genres,mood,energy,era,popularity,synonyms
        norah-jones,Norah Jones,JAZZ;SINGER_SONGWRITER,LAID_BACK,0.2,TWO_THOUSANDS,78,norah
        simon-and-garfunkel,Simon & Garfunkel,FOLK;POP,,0.3,SIXTIES,80,"simon and garfunkel;s and g"
        the-clash,The Clash,PUNK;ROCK;REGGAE,UPBEAT,0.8,,75,
        """;

    public const string TracksCsv = """"
        id,artistId,title,year,genres,mood,energy,era,popularity,durationSeconds,sample,stream,sampleFormat,sampleBitrateKbps,sampleRateHz,sampleSeconds
        norah-jones--dont-know-why,norah-jones,Don't Know Why,2002,,,0.2,,,186,,,mp3,48,24000,30
        simon-and-garfunkel--mrs-robinson,simon-and-garfunkel,"Mrs. Robinson",1968,,,0.6,,,244,https://cdn.example.org/s/mrs-robinson.mp3?sig=a&b=c,,,48,22050,20
        simon-and-garfunkel--the-boxer,simon-and-garfunkel,"The Boxer, ""live""",,FOLK,,,SIXTIES,90,308.5,samples/boxer.mp3,tracks/boxer.m4a,,,,
        the-clash--london-calling,the-clash,London Calling,1979,,,,,,200,,,,,16000,
        """";

    public const string Json = """
        {
          "artists": [
            { "id": "norah-jones", "name": "Norah Jones", "genres": ["JAZZ", "SINGER_SONGWRITER"], "mood": "LAID_BACK",
              "energy": 0.2, "era": "TWO_THOUSANDS", "popularity": 78, "synonyms": ["norah"] },
            { "id": "simon-and-garfunkel", "name": "Simon & Garfunkel", "genres": ["FOLK", "POP"], "energy": 0.3,
              "era": "SIXTIES", "popularity": 80, "synonyms": ["simon and garfunkel", "s and g"] },
            { "id": "the-clash", "name": "The Clash", "genres": ["PUNK", "ROCK", "REGGAE"], "mood": "UPBEAT", "energy": 0.8,
              "popularity": 75 }
          ],
          "tracks": [
            { "id": "norah-jones--dont-know-why", "artistId": "norah-jones", "title": "Don't Know Why", "year": 2002,
              "energy": 0.2, "durationSeconds": 186, "sampleFormat": "mp3", "sampleBitrateKbps": 48, "sampleRateHz": 24000,
              "sampleSeconds": 30 },
            { "id": "simon-and-garfunkel--mrs-robinson", "artistId": "simon-and-garfunkel", "title": "Mrs. Robinson",
              "year": 1968, "energy": 0.6, "durationSeconds": 244,
              "sample": "https://cdn.example.org/s/mrs-robinson.mp3?sig=a&b=c", "sampleBitrateKbps": 48,
              "sampleRateHz": 22050, "sampleSeconds": 20 },
            { "id": "simon-and-garfunkel--the-boxer", "artistId": "simon-and-garfunkel", "title": "The Boxer, \"live\"",
              "genres": ["FOLK"], "era": "SIXTIES", "popularity": 90, "durationSeconds": 308.5,
              "sample": "samples/boxer.mp3", "stream": "tracks/boxer.m4a" },
            // Comments and trailing commas are accepted in the JSON form.
            { "id": "the-clash--london-calling", "artistId": "the-clash", "title": "London Calling", "year": 1979,
              "durationSeconds": 200, "sampleRateHz": 16000, },
          ]
        }
        """;
}
