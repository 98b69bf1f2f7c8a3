using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Deployment;

/// <summary>The files `sam build` / `sam deploy` and CI read: Makefile, samconfig.toml, .ci/run.</summary>
public sealed class BuildFilesTests
{
    [Fact]
    public void Makefile_BuildTarget_PublishesOnlyTheBootstrapWithTabRecipes()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("Makefile"));

        var target = Array.IndexOf(lines, "build-SkillFunction:");
        Assert.True(target >= 0, "Makefile has no build-SkillFunction target (sam build's BuildMethod: makefile needs it).");
        var recipe = lines.Skip(target + 1).TakeWhile(l => l.Length > 0).ToList();
        Assert.NotEmpty(recipe);
        Assert.All(recipe, line => Assert.StartsWith("\t", line, StringComparison.Ordinal));
        Assert.Contains(recipe, l => l.Contains("dotnet publish", StringComparison.Ordinal) && l.Contains("PublishAot=true", StringComparison.Ordinal) && l.Contains("-r linux-x64", StringComparison.Ordinal));
        var intoArtifacts = recipe.Where(l => l.Contains("$(ARTIFACTS_DIR)", StringComparison.Ordinal) && l.TrimStart().StartsWith("cp ", StringComparison.Ordinal)).ToList();
        Assert.Equal("cp \"$(PUBLISH_DIR)/bootstrap\" \"$(ARTIFACTS_DIR)/bootstrap\"", Assert.Single(intoArtifacts).Trim());
    }

    [Fact]
    public async Task SamConfig_ParsesAsTomlWithDefaultsAndNoSecrets()
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("samconfig.toml"));

        Assert.Contains("AlexaSkillId=\\\"amzn1.ask.skill.00000000-0000-4000-8000-000000000000\\\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("USER_KEY_SECRET=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aws_secret_access_key", text, StringComparison.OrdinalIgnoreCase);

        var python = ExternalTool.Find("python3") ?? Skip<string>("python3 is not installed; samconfig.toml was checked as text only.");
        var parsed = await ExternalTool.RunAsync(
            python,
            ["-c", "import sys, tomllib; c = tomllib.load(open(sys.argv[1], 'rb')); d = c['default']; print(c['version'], d['deploy']['parameters']['capabilities'], d['global']['parameters']['stack_name'])", "samconfig.toml"],
            RepositoryPaths.Root);
        if (parsed.StandardError.Contains("No module named 'tomllib'", StringComparison.Ordinal))
        {
            Assert.Skip("python3 is older than 3.11 (no tomllib); samconfig.toml was checked as text only.");
        }

        Assert.True(parsed.ExitCode == 0, parsed.Combined);
        Assert.Equal("0.1 CAPABILITY_IAM music-finder", parsed.StandardOutput.Trim());
    }

    [Fact]
    public void CiRun_IsAStrictBashScript()
    {
        var path = RepositoryPaths.Combine(".ci", "run");
        var lines = File.ReadAllLines(path);

        Assert.StartsWith("#!", lines[0], StringComparison.Ordinal);
        Assert.Contains("bash", lines[0], StringComparison.Ordinal);
        Assert.Contains("set -euo pipefail", lines);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0, ".ci/run is not executable.");
        }
    }

    private static T Skip<T>(string reason)
    {
        Assert.Skip(reason);
        return default!;
    }
}
