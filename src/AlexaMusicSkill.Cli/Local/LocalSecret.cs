using System.Security.Cryptography;
using System.Text;

namespace AlexaMusicSkill.Cli.Local;

/// <summary>
/// The HMAC key that turns Alexa user ids into user keys for local runs: generated once into a file readable only by
/// its owner, then reused so local state and records keep the same keys. Never printed.
/// </summary>
internal static class LocalSecret
{
    public const int MinimumLength = 16;

    public static byte[] LoadOrCreate(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                Create(path);
            }

            var text = File.ReadAllText(path).Trim();
            return text.Length >= MinimumLength
                ? Encoding.UTF8.GetBytes(text)
                : throw new UserErrorException($"The user-key secret in {path} is shorter than {MinimumLength} characters; delete the file to generate a new one (local state keyed by the old one is then orphaned).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"Cannot read or create the user-key secret {path}: {e.Message}", inner: e);
        }
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) + "\n"));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
        }
    }
}
