using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// Prints a conversation readably: what the user said, Alexa's speech as plain text, directives as bracketed notes
/// (<c>[playing: a laid-back jazz station — Title by Artist]</c>), the card, whether the mic stays open, and the
/// device's AudioPlayer events. With <c>--show-json</c>, each raw request and response too.
/// </summary>
internal sealed class TranscriptWriter(TextWriter output, ICatalog catalog, bool showJson)
{
    private const string Indent = "       ";
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SpeechText _speech = new(catalog);

    public void User(string text) => output.WriteLine("you> " + text);

    public void Note(string text) => output.WriteLine(Indent + "(" + text + ")");

    public void Text(string text) => output.Write(text.EndsWith('\n') ? text : text + "\n");

    public void Json(string label, string json)
    {
        if (!showJson)
        {
            return;
        }

        output.WriteLine(label);
        output.WriteLine(JsonNode.Parse(json)?.ToJsonString(Pretty) ?? json);
    }

    /// <summary>
    /// The answer to something the user said: the speech, then directives and card as notes, then (in a session)
    /// whether the mic stays open.
    /// </summary>
    public void VoiceResponse(SkillResponse response, bool inSession)
    {
        var body = response.Response;
        var lines = new List<string>();
        var speech = _speech.Render(body.OutputSpeech);
        if (speech.Length > 0)
        {
            lines.Add(speech);
        }

        lines.AddRange((body.Directives ?? []).Select(Describe));
        if (body.Card is { } card)
        {
            var text = (card.Content ?? card.Text ?? string.Empty).ReplaceLineEndings(" / ");
            lines.Add($"[card: {card.Title}{(text.Length > 0 ? " — " + text : string.Empty)}]");
        }

        if (inSession || body.ShouldEndSession == false)
        {
            lines.Add(body.ShouldEndSession == false ? "[mic open]" : "[session ended]");
        }

        if (lines.Count == 0)
        {
            lines.Add("(no speech, no directives)");
        }

        output.WriteLine("alexa> " + lines[0]);
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine(Indent + line);
        }
    }

    /// <summary>An AudioPlayer event the simulated device sent, and any directives the skill answered with.</summary>
    public void DeviceEvent(string requestType, SkillResponse response)
    {
        output.WriteLine("device> " + requestType);
        if (response.Response.OutputSpeech is not null)
        {
            output.WriteLine(Indent + "(unexpected speech for an AudioPlayer event: " + _speech.Render(response.Response.OutputSpeech) + ")");
        }

        WriteDirectives(response.Response.Directives);
    }

    /// <summary>Something the device says itself (no skill answered), printed like Alexa's speech.</summary>
    public void DeviceSpeech(string text) => output.WriteLine("alexa> " + text);

    public void Refused(string message) => output.WriteLine("alexa> (refused: " + message + ")");

    private void WriteDirectives(List<Directive>? directives)
    {
        foreach (var directive in directives ?? [])
        {
            output.WriteLine(Indent + Describe(directive));
        }
    }

    private string Describe(Directive directive) => directive switch
    {
        AudioPlayerPlayDirective play => play.PlayBehavior switch
        {
            PlayBehavior.Enqueue => $"[queued: {DescribeStream(play.AudioItem)}]",
            PlayBehavior.ReplaceEnqueued => $"[queued next: {DescribeStream(play.AudioItem)}]",
            _ => $"[playing: {DescribeStream(play.AudioItem)}]",
        },
        AudioPlayerStopDirective => "[stopped]",
        AudioPlayerClearQueueDirective clear => clear.ClearBehavior == ClearBehavior.ClearAll ? "[queue cleared, stopped]" : "[queue cleared]",
        _ => $"[directive: {directive.Type}]",
    };

    private string DescribeStream(AudioItem item)
    {
        var stream = item.Stream;
        var token = PlaybackToken.TryParse(stream.Token);
        var station = token is { } t && StationSeed.TryParse(t.StationId) is { } seed
            ? SpokenNames.Station(new StationBuilder(catalog).Build(seed).Label, catalog) // named by what it plays, as the skill says it
            : null;
        var track = token is { } tt ? catalog.FindTrack(tt.TrackId) : null;
        var song = track is not null
            ? $"{track.Title} by {SpokenNames.ArtistName(track.ArtistId, catalog)}"
            : item.Metadata?.Title is { } title ? $"{title}{(item.Metadata.Subtitle is { } by ? " by " + by : string.Empty)}" : stream.Url;
        var from = stream.OffsetInMilliseconds >= 1000
            ? " from " + TimeSpan.FromMilliseconds(stream.OffsetInMilliseconds).ToString(@"m\:ss", CultureInfo.InvariantCulture)
            : string.Empty;
        return (station is null ? song : $"{station} — {song}") + from;
    }
}
