using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlexaMusicSkill.Cli.Serve;
using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Serve;

/// <summary>
/// The HTTP endpoint end to end over Kestrel with the production verification code: only the certificate downloader
/// and the trust anchor are injected (the clock is the system's). Refusals are 400 and reach nothing.
/// </summary>
public sealed class AlexaEndpointTests : IAsyncLifetime
{
    private const string CertificateUrl = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem";
    private static readonly TestPki Pki = TestPki.Shared;

    private readonly SkillHarness _skill = new();
    private readonly FakeChainDownloader _downloader = new(TestPki.Chain(Pki.Signer, Pki.Intermediate));
    private readonly HttpClient _http = new();
    private AlexaEndpoint? _endpoint;

    public async ValueTask InitializeAsync()
    {
        var verifier = new AlexaRequestVerifier(_downloader, TimeProvider.System, Pki.TrustAnchors);
        _endpoint = await AlexaEndpoint.StartAsync(_skill.Function, verifier, "127.0.0.1", 0, TextWriter.Null, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_endpoint is not null)
        {
            await _endpoint.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/alexa")]
    [InlineData("/")]
    public async Task Post_SignedLaunchRequest_IsAnsweredWithTheSkillsResponse(string path)
    {
        var body = Launch(AlexaRequests.LocalSkillId);

        using var response = await PostAsync(path, body, TestPki.Sign(Pki.Signer, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.False(json.GetProperty("response").GetProperty("shouldEndSession").GetBoolean());
        Assert.Equal(new Uri(CertificateUrl), Assert.Single(_downloader.Urls));
        Assert.NotEmpty(_skill.Records.Records);
    }

    [Fact]
    public async Task Post_WithoutSignatureHeaders_Is400AndNothingIsProcessed()
    {
        using var content = new ByteArrayContent(Launch(AlexaRequests.LocalSkillId));
        using var response = await _http.PostAsync(new Uri(_endpoint!.Address, "/alexa"), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("missing SignatureCertChainUrl header\n", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(_skill.Records.Records);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Is400AndNothingIsProcessed()
    {
        var body = Launch(AlexaRequests.LocalSkillId);
        var signature = TestPki.Sign(Pki.Signer, body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("LaunchRequest", "LaunchRequesT", StringComparison.Ordinal));

        using var response = await PostAsync("/alexa", tampered, signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Signature-256 does not match the request body\n", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(_skill.Records.Records);
    }

    [Fact]
    public async Task Post_StaleSignedRequest_Is400()
    {
        var body = TestPki.Body(DateTimeOffset.UtcNow.AddMinutes(-10));

        using var response = await PostAsync("/alexa", body, TestPki.Sign(Pki.Signer, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("the request timestamp is more than 150 s from now\n", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_SignedRequestForAnotherSkill_Is400AndNothingIsProcessed()
    {
        var body = Launch("amzn1.ask.skill.99999999-0000-4000-8000-000000000000");

        using var response = await PostAsync("/alexa", body, TestPki.Sign(Pki.Signer, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("different skill id", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(_skill.Records.Records);
    }

    private static byte[] Launch(string skillId)
    {
        var request = new AlexaRequests(skillId: skillId).Launch();
        return Encoding.UTF8.GetBytes(Alexa.AlexaJson.SerializeRequest(request));
    }

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body, string signature)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_endpoint!.Address, path)) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Add(AlexaRequestVerifier.CertificateUrlHeader, CertificateUrl);
        message.Headers.Add(AlexaRequestVerifier.SignatureHeader, signature);
        return await _http.SendAsync(message, TestContext.Current.CancellationToken);
    }
}
