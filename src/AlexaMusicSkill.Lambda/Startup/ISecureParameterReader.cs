namespace AlexaMusicSkill.Lambda.Startup;

/// <summary>Reads one decrypted SecureString parameter (SSM Parameter Store in production).</summary>
internal interface ISecureParameterReader
{
    Task<string> ReadAsync(string name, CancellationToken cancellationToken);
}
