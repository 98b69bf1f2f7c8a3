using System.Text.Json;
using AlexaMusicSkill.Lambda.Tests.Support;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Deployment;

/// <summary>
/// template.yaml checked offline: cfn-lint (which runs the SAM transform itself), and the SAM translator's output read
/// directly for what matters most: only our skill may invoke the function, and the role can touch single items only.
/// Both tools are optional on a developer machine; the tests skip with the install hint when they are absent.
/// </summary>
public sealed class TemplateTests
{
    private const string LocalSkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    private static readonly Lazy<Task<JsonElement?>> Transformed = new(TransformAsync);

    [Fact]
    public async Task CfnLint_Template_ReportsNothing()
    {
        var cfnLint = ExternalTool.Find("cfn-lint")
            ?? Skip<string>("cfn-lint is not installed (pip install cfn-lint); template.yaml was not linted.");

        var result = await ExternalTool.RunAsync(cfnLint, ["--", "template.yaml"], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0 && result.Combined.Trim().Length == 0, $"cfn-lint exit {result.ExitCode}:\n{result.Combined}");
    }

    [Fact]
    public async Task Transform_AlexaTrigger_IsTheOnlyPermissionAndCarriesTheSkillId()
    {
        var resources = await ResourcesAsync();

        var permission = Assert.Single(resources, r => r.Type == "AWS::Lambda::Permission");
        var properties = permission.Properties;
        Assert.Equal("alexa-appkit.amazon.com", properties.GetProperty("Principal").GetString());
        Assert.Equal("lambda:InvokeFunction", properties.GetProperty("Action").GetString());
        Assert.Equal("AlexaSkillId", properties.GetProperty("EventSourceToken").GetProperty("Ref").GetString());
        Assert.Equal("SkillFunction", properties.GetProperty("FunctionName").GetProperty("Ref").GetString());
    }

    [Fact]
    public async Task Transform_Role_GrantsSingleItemDynamoDbActionsOnTheTableOnly()
    {
        var statements = await PolicyStatementsAsync();

        var dynamo = statements.Where(s => Actions(s).Any(a => a.StartsWith("dynamodb:", StringComparison.Ordinal))).ToList();
        var statement = Assert.Single(dynamo);
        Assert.Equal(
            ["dynamodb:BatchGetItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"],
            Actions(statement).Order(StringComparer.Ordinal));
        Assert.Equal(["StateTable", "Arn"], statement.GetProperty("Resource").GetProperty("Fn::GetAtt").EnumerateArray().Select(e => e.GetString()));
        var everyAction = statements.SelectMany(Actions).ToList();
        Assert.DoesNotContain(everyAction, a => a is "dynamodb:Scan" or "dynamodb:Query" or "dynamodb:*" or "*");
    }

    [Fact]
    public async Task Transform_Role_ReadsOnlyTheUserKeySecretParameter()
    {
        var statements = await PolicyStatementsAsync();

        var ssm = Assert.Single(statements, s => Actions(s).Any(a => a.StartsWith("ssm:", StringComparison.Ordinal)));
        Assert.Equal(["ssm:GetParameter"], Actions(ssm));
        Assert.EndsWith(":parameter${UserKeySecretParameter}", ssm.GetProperty("Resource").GetProperty("Fn::Sub").GetString(), StringComparison.Ordinal);
        var kms = Assert.Single(statements, s => Actions(s).Any(a => a.StartsWith("kms:", StringComparison.Ordinal)));
        Assert.Equal(["kms:Decrypt"], Actions(kms));
        var context = kms.GetProperty("Condition").GetProperty("StringEquals").GetProperty("kms:EncryptionContext:PARAMETER_ARN").GetProperty("Fn::Sub").GetString();
        Assert.EndsWith(":parameter${UserKeySecretParameter}", context, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transform_Function_IsTheAotBootstrapWithItsSettings()
    {
        var resources = await ResourcesAsync();

        var function = Assert.Single(resources, r => r.Type == "AWS::Lambda::Function").Properties;
        Assert.Equal("provided.al2023", function.GetProperty("Runtime").GetString());
        Assert.Equal("bootstrap", function.GetProperty("Handler").GetString());
        Assert.Equal("x86_64", Assert.Single(function.GetProperty("Architectures").EnumerateArray()).GetString());
        Assert.Equal(7, function.GetProperty("Timeout").GetInt32());
        Assert.InRange(function.GetProperty("MemorySize").GetInt32(), 128, 512);
        var variables = function.GetProperty("Environment").GetProperty("Variables").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "SKILL_ID", "TABLE_NAME", "USER_KEY_SECRET_PARAMETER", "MEDIA_BASE_URL", "EXPLORATION_SHARE" }, variables);
        Assert.DoesNotContain("USER_KEY_SECRET", variables);
        var logging = function.GetProperty("LoggingConfig");
        Assert.Equal("JSON", logging.GetProperty("LogFormat").GetString());

        // The application level is INFO unless a more verbose level was chosen: INFO decision records always pass.
        var level = logging.GetProperty("ApplicationLogLevel").GetProperty("Fn::If");
        Assert.Equal("INFO", level[2].GetString());
        var table = Assert.Single(resources, r => r.Type == "AWS::DynamoDB::Table").Properties;
        Assert.Equal("PAY_PER_REQUEST", table.GetProperty("BillingMode").GetString());
        Assert.Equal("pk", Assert.Single(table.GetProperty("KeySchema").EnumerateArray()).GetProperty("AttributeName").GetString());
        Assert.Equal("expiresAt", table.GetProperty("TimeToLiveSpecification").GetProperty("AttributeName").GetString());
        var logGroup = Assert.Single(resources, r => r.Type == "AWS::Logs::LogGroup").Properties;
        Assert.True(logGroup.GetProperty("RetentionInDays").GetInt32() > 0);
    }

    private static async Task<List<(string Name, string Type, JsonElement Properties)>> ResourcesAsync()
    {
        var template = await Transformed.Value ?? Skip<JsonElement>(
            "aws-sam-translator is not installed for python3 (pip install aws-sam-translator); the SAM transform was not checked.");
        return template.GetProperty("Resources").EnumerateObject()
            .Select(r => (r.Name, r.Value.GetProperty("Type").GetString()!, r.Value.TryGetProperty("Properties", out var p) ? p : default))
            .ToList();
    }

    private static async Task<List<JsonElement>> PolicyStatementsAsync()
    {
        var role = Assert.Single(await ResourcesAsync(), r => r.Type == "AWS::IAM::Role");
        return role.Properties.GetProperty("Policies").EnumerateArray()
            .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            .ToList();
    }

    private static IEnumerable<string> Actions(JsonElement statement)
    {
        var action = statement.GetProperty("Action");
        return action.ValueKind == JsonValueKind.Array ? action.EnumerateArray().Select(a => a.GetString()!) : [action.GetString()!];
    }

    /// <summary>The transformed template, or null when python3 or the SAM translator is missing.</summary>
    private static async Task<JsonElement?> TransformAsync()
    {
        var python = ExternalTool.Find("python3");
        if (python is null || (await ExternalTool.RunAsync(python, ["-c", "import samtranslator"])).ExitCode != 0)
        {
            return null;
        }

        var script = RepositoryPaths.Combine("tests", "AlexaMusicSkill.Lambda.Tests", "Scripts", "sam_transform.py");
        var result = await ExternalTool.RunAsync(python, [script, "template.yaml", $"AlexaSkillId={LocalSkillId}"], RepositoryPaths.Root);
        Assert.True(result.ExitCode == 0, $"The SAM transform failed:\n{result.Combined}");
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    private static T Skip<T>(string reason)
    {
        Assert.Skip(reason);
        return default!;
    }
}
