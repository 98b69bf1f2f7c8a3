using AlexaMusicSkill.Cli.Serve;

namespace AlexaMusicSkill.Cli.Tests.Serve;

/// <summary>The SignatureCertChainUrl rules, with the examples Amazon's documentation lists.</summary>
public sealed class SignatureCertChainUrlTests
{
    [Theory]
    [InlineData("https://s3.amazonaws.com/echo.api/echo-api-cert.pem")]
    [InlineData("https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem")]
    [InlineData("HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem")]
    [InlineData("https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem")]
    [InlineData("https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem")]
    public void Check_ValidUrl_IsAccepted(string url)
    {
        var (normalized, problem) = SignatureCertChainUrl.Check(url);

        Assert.Null(problem);
        Assert.Equal("https://s3.amazonaws.com/echo.api/echo-api-cert.pem", normalized!.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", "is not https")]
    [InlineData("https://notamazon.com/echo.api/echo-api-cert.pem", "host is not s3.amazonaws.com")]
    [InlineData("https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem", "host is not s3.amazonaws.com")]
    [InlineData("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", "path does not start with /echo.api/")]
    [InlineData("https://s3.amazonaws.com/invalid.path/echo-api-cert.pem", "path does not start with /echo.api/")]
    [InlineData("https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem", "path does not start with /echo.api/")]
    [InlineData("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", "port is not 443")]
    [InlineData("echo.api/echo-api-cert.pem", "not an absolute URL")]
    [InlineData("", "missing SignatureCertChainUrl header")]
    [InlineData(null, "missing SignatureCertChainUrl header")]
    public void Check_InvalidUrl_IsRefusedWithAReason(string? url, string reason)
    {
        var (normalized, problem) = SignatureCertChainUrl.Check(url);

        Assert.Null(normalized);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
