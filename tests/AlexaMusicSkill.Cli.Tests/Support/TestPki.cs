using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace AlexaMusicSkill.Cli.Tests.Support;

/// <summary>
/// A certificate hierarchy made in the test, shaped like Alexa's: root CA → intermediate CA → signing certificate with
/// SAN echo-api.amazon.com; plus the broken variants the verifier must refuse (expired, wrong name, foreign root).
/// </summary>
internal sealed class TestPki : IDisposable
{
    private static readonly Lazy<TestPki> Instance = new(() => new TestPki(DateTimeOffset.UtcNow));

    private TestPki(DateTimeOffset now)
    {
        Now = now;
        Root = CreateAuthority("CN=Test Root CA", null, now.AddYears(-1), now.AddYears(5));
        Intermediate = CreateAuthority("CN=Test Intermediate CA", Root, now.AddYears(-1), now.AddYears(3));
        Signer = CreateLeaf("CN=echo-api.amazon.com", "echo-api.amazon.com", Intermediate, now.AddDays(-10), now.AddDays(100));
        ExpiredSigner = CreateLeaf("CN=echo-api.amazon.com", "echo-api.amazon.com", Intermediate, now.AddDays(-100), now.AddDays(-1));
        WrongNameSigner = CreateLeaf("CN=skill.example.com", "skill.example.com", Intermediate, now.AddDays(-10), now.AddDays(100));
        var foreignRoot = CreateAuthority("CN=Someone Else's Root", null, now.AddYears(-1), now.AddYears(5));
        ForeignIntermediate = CreateAuthority("CN=Someone Else's Intermediate", foreignRoot, now.AddYears(-1), now.AddYears(3));
        ForeignSigner = CreateLeaf("CN=echo-api.amazon.com", "echo-api.amazon.com", ForeignIntermediate, now.AddDays(-10), now.AddDays(100));
    }

    public static TestPki Shared => Instance.Value;

    /// <summary>The moment the hierarchy was made around; every "valid" certificate is valid now.</summary>
    public DateTimeOffset Now { get; }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    public X509Certificate2 Signer { get; }

    public X509Certificate2 ExpiredSigner { get; }

    public X509Certificate2 WrongNameSigner { get; }

    public X509Certificate2 ForeignIntermediate { get; }

    public X509Certificate2 ForeignSigner { get; }

    public X509Certificate2Collection TrustAnchors => [Root];

    /// <summary>The PEM chain Alexa's URL serves: signing certificate first, then the intermediate.</summary>
    public static string Chain(X509Certificate2 signer, X509Certificate2 intermediate) =>
        signer.ExportCertificatePem() + "\n" + intermediate.ExportCertificatePem() + "\n";

    /// <summary>The Signature-256 header value: base64 RSA-SHA256 PKCS#1 v1.5 over the exact bytes.</summary>
    public static string Sign(X509Certificate2 signer, byte[] body)
    {
        using var key = signer.GetRSAPrivateKey()!;
        return Convert.ToBase64String(key.SignData(body, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    /// <summary>A minimal request envelope with the given timestamp, as UTF-8 bytes.</summary>
    public static byte[] Body(DateTimeOffset timestamp, string type = "LaunchRequest") => Encoding.UTF8.GetBytes(
        "{\"version\":\"1.0\",\"context\":{\"System\":{\"application\":{\"applicationId\":\"amzn1.ask.skill.00000000-0000-4000-8000-000000000000\"},\"user\":{\"userId\":\"amzn1.ask.account.SIGNED\"}}},"
        + $"\"request\":{{\"type\":\"{type}\",\"requestId\":\"amzn1.echo-api.request.signed\",\"timestamp\":\"{timestamp.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\",\"locale\":\"en-US\"}}}}");

    public void Dispose()
    {
        foreach (var certificate in new[] { Root, Intermediate, Signer, ExpiredSigner, WrongNameSigner, ForeignIntermediate, ForeignSigner })
        {
            certificate.Dispose();
        }
    }

    private static X509Certificate2 CreateAuthority(string subject, X509Certificate2? issuer, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        if (issuer is null)
        {
            return request.CreateSelfSigned(notBefore, notAfter);
        }

        using var signed = request.Create(issuer, notBefore, notAfter, Serial());
        return signed.CopyWithPrivateKey(key);
    }

    private static X509Certificate2 CreateLeaf(string subject, string dnsName, X509Certificate2 issuer, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        request.CertificateExtensions.Add(names.Build());
        using var signed = request.Create(issuer, notBefore, notAfter, Serial());
        return signed.CopyWithPrivateKey(key);
    }

    private static byte[] Serial() => RandomNumberGenerator.GetBytes(12);
}
