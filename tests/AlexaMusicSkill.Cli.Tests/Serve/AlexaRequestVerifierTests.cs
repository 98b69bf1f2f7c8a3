using AlexaMusicSkill.Cli.Serve;
using AlexaMusicSkill.Cli.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AlexaMusicSkill.Cli.Tests.Serve;

/// <summary>
/// Each check of the Alexa request verification fails on its own, and the whole passes with a chain made in the test;
/// only the downloader, the trust anchor and the clock are substituted.
/// </summary>
public sealed class AlexaRequestVerifierTests
{
    private const string Url = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem";
    private static readonly TestPki Pki = TestPki.Shared;

    [Fact]
    public async Task Verify_SignedFreshRequestWithTrustedChain_Passes()
    {
        var body = TestPki.Body(Pki.Now);

        Assert.Null(await Verifier(out _).VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_SameUrlTwice_DownloadsTheChainOnce()
    {
        var verifier = Verifier(out var downloader);
        var body = TestPki.Body(Pki.Now);

        await verifier.VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None);
        await verifier.VerifyAsync("https://S3.amazonaws.com/echo.api/echo-api-cert.pem", TestPki.Sign(Pki.Signer, body), body, CancellationToken.None);

        Assert.Equal(1, downloader.Downloads);
    }

    [Fact]
    public async Task Verify_BadCertificateUrl_FailsBeforeDownloading()
    {
        var body = TestPki.Body(Pki.Now);
        var verifier = Verifier(out var downloader);

        var problem = await verifier.VerifyAsync("https://s3.amazonaws.com/invalid.path/cert.pem", TestPki.Sign(Pki.Signer, body), body, CancellationToken.None);

        Assert.Equal("SignatureCertChainUrl path does not start with /echo.api/", problem);
        Assert.Equal(0, downloader.Downloads);
    }

    [Fact]
    public async Task Verify_MissingSignature_Fails()
    {
        var body = TestPki.Body(Pki.Now);

        Assert.Equal("missing Signature-256 header", await Verifier(out _).VerifyAsync(Url, null, body, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_ChainCannotBeDownloaded_Fails()
    {
        var body = TestPki.Body(Pki.Now);
        var verifier = new AlexaRequestVerifier(new FakeChainDownloader(null), Clock(), Pki.TrustAnchors);

        Assert.Equal("could not download the certificate chain", await verifier.VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_ChainIsNotPem_Fails()
    {
        var body = TestPki.Body(Pki.Now);
        var verifier = new AlexaRequestVerifier(new FakeChainDownloader("<html>Access Denied</html>"), Clock(), Pki.TrustAnchors);

        Assert.Equal("the certificate chain holds no certificate", await verifier.VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_ExpiredSigningCertificate_Fails()
    {
        var body = TestPki.Body(Pki.Now);

        var problem = await Verifier(out _, TestPki.Chain(Pki.ExpiredSigner, Pki.Intermediate)).VerifyAsync(Url, TestPki.Sign(Pki.ExpiredSigner, body), body, CancellationToken.None);

        Assert.Equal("the signing certificate is not valid now", problem);
    }

    [Fact]
    public async Task Verify_ValidCertificateSeenLaterThanItsEnd_FailsAndIsDownloadedAgain()
    {
        var clock = Clock();
        var downloader = new FakeChainDownloader(TestPki.Chain(Pki.Signer, Pki.Intermediate));
        var verifier = new AlexaRequestVerifier(downloader, clock, Pki.TrustAnchors);
        var body = TestPki.Body(Pki.Now);
        await verifier.VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None);

        clock.Advance(TimeSpan.FromDays(200));
        var later = TestPki.Body(clock.GetUtcNow());
        var problem = await verifier.VerifyAsync(Url, TestPki.Sign(Pki.Signer, later), later, CancellationToken.None);
        await verifier.VerifyAsync(Url, TestPki.Sign(Pki.Signer, later), later, CancellationToken.None);

        Assert.Equal("the signing certificate is not valid now", problem);
        Assert.Equal(2, downloader.Downloads);
    }

    [Fact]
    public async Task Verify_SigningCertificateForAnotherName_Fails()
    {
        var body = TestPki.Body(Pki.Now);

        var problem = await Verifier(out _, TestPki.Chain(Pki.WrongNameSigner, Pki.Intermediate)).VerifyAsync(Url, TestPki.Sign(Pki.WrongNameSigner, body), body, CancellationToken.None);

        Assert.Equal("the signing certificate is not issued for echo-api.amazon.com", problem);
    }

    [Fact]
    public async Task Verify_ChainToAnUntrustedRoot_Fails()
    {
        var body = TestPki.Body(Pki.Now);

        var problem = await Verifier(out _, TestPki.Chain(Pki.ForeignSigner, Pki.ForeignIntermediate)).VerifyAsync(Url, TestPki.Sign(Pki.ForeignSigner, body), body, CancellationToken.None);

        Assert.StartsWith("the certificate chain does not lead to a trusted root", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ChainWithoutItsIntermediate_Fails()
    {
        var body = TestPki.Body(Pki.Now);

        var problem = await Verifier(out _, Pki.Signer.ExportCertificatePem()).VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None);

        Assert.StartsWith("the certificate chain does not lead to a trusted root", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_BodyChangedAfterSigning_Fails()
    {
        var body = TestPki.Body(Pki.Now);
        var signature = TestPki.Sign(Pki.Signer, body);
        var tampered = body.ToArray();
        tampered[^3] = (byte)' ';

        Assert.Equal("Signature-256 does not match the request body", await Verifier(out _).VerifyAsync(Url, signature, tampered, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_SignatureByAnotherKey_Fails()
    {
        var body = TestPki.Body(Pki.Now);

        Assert.Equal("Signature-256 does not match the request body", await Verifier(out _).VerifyAsync(Url, TestPki.Sign(Pki.WrongNameSigner, body), body, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_SignatureNotBase64_Fails()
    {
        var body = TestPki.Body(Pki.Now);

        Assert.Equal("Signature-256 is not base64", await Verifier(out _).VerifyAsync(Url, "not base64!", body, CancellationToken.None));
    }

    [Theory]
    [InlineData(-151)]
    [InlineData(151)]
    [InlineData(-3600)]
    public async Task Verify_TimestampMoreThan150SecondsAway_Fails(int seconds)
    {
        var body = TestPki.Body(Pki.Now.AddSeconds(seconds));

        Assert.Equal("the request timestamp is more than 150 s from now", await Verifier(out _).VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None));
    }

    [Theory]
    [InlineData(-149)]
    [InlineData(149)]
    public async Task Verify_TimestampWithin150Seconds_Passes(int seconds)
    {
        var body = TestPki.Body(Pki.Now.AddSeconds(seconds));

        Assert.Null(await Verifier(out _).VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_SkillEventFromHalfAnHourAgo_Passes()
    {
        var body = TestPki.Body(Pki.Now.AddMinutes(-30), "AlexaSkillEvent.SkillDisabled");

        Assert.Null(await Verifier(out _).VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_SignedBodyThatIsNotJson_FailsAfterTheSignatureCheck()
    {
        var body = "not json"u8.ToArray();

        Assert.Equal("the body is not JSON", await Verifier(out _).VerifyAsync(Url, TestPki.Sign(Pki.Signer, body), body, CancellationToken.None));
    }

    private static FakeTimeProvider Clock() => new(Pki.Now);

    private static AlexaRequestVerifier Verifier(out FakeChainDownloader downloader, string? chain = null)
    {
        downloader = new FakeChainDownloader(chain ?? TestPki.Chain(Pki.Signer, Pki.Intermediate));
        return new AlexaRequestVerifier(downloader, Clock(), Pki.TrustAnchors);
    }
}
