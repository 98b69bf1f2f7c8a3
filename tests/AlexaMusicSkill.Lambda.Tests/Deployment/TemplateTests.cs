using System.Text.Json;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Deployment;

/// <summary>
/// template.yaml checked offline: cfn-lint (which runs the SAM transform itself), and the SAM translator's output read
/// directly for what matters most: only our skill may invoke the function, and the role can touch single items only.
/// Both tools are optional on a developer machine; the tests skip with the install hint when they are absent.
/// The record export, the rollout parameters and the alarms have their own tests (RecordExportTemplateTests, AlarmTemplateTests).
/// </summary>
public sealed class TemplateTests
{
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
        var resources = await SamTemplate.ResourcesAsync();

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
        var statements = await FunctionPolicyStatementsAsync();

        var dynamo = statements.Where(s => SamTemplate.Actions(s).Any(a => a.StartsWith("dynamodb:", StringComparison.Ordinal))).ToList();
        var statement = Assert.Single(dynamo);
        Assert.Equal(
            ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"],
            SamTemplate.Actions(statement).Order(StringComparer.Ordinal));
        Assert.Equal(["StateTable", "Arn"], statement.GetProperty("Resource").GetProperty("Fn::GetAtt").EnumerateArray().Select(e => e.GetString()));
        var everyAction = statements.SelectMany(SamTemplate.Actions).ToList();
        Assert.DoesNotContain(everyAction, a => a is "dynamodb:Scan" or "dynamodb:Query" or "dynamodb:*" or "*");
    }

    [Fact]
    public async Task Transform_Role_ReadsOnlyTheUserKeySecretParameter()
    {
        var statements = await FunctionPolicyStatementsAsync();

        var ssm = Assert.Single(statements, s => SamTemplate.Actions(s).Any(a => a.StartsWith("ssm:", StringComparison.Ordinal)));
        Assert.Equal(["ssm:GetParameter"], SamTemplate.Actions(ssm));
        Assert.EndsWith(":parameter${UserKeySecretParameter}", ssm.GetProperty("Resource").GetProperty("Fn::Sub").GetString(), StringComparison.Ordinal);
        var kms = Assert.Single(statements, s => SamTemplate.Actions(s).Any(a => a.StartsWith("kms:", StringComparison.Ordinal)));
        Assert.Equal(["kms:Decrypt"], SamTemplate.Actions(kms));
        var context = kms.GetProperty("Condition").GetProperty("StringEquals").GetProperty("kms:EncryptionContext:PARAMETER_ARN").GetProperty("Fn::Sub").GetString();
        Assert.EndsWith(":parameter${UserKeySecretParameter}", context, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transform_Function_IsTheAotBootstrapWithItsSettings()
    {
        var resources = await SamTemplate.ResourcesAsync();

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
        Assert.Equal("LogRetentionDays", logGroup.GetProperty("RetentionInDays").GetProperty("Ref").GetString());
    }

    [Fact]
    public async Task Transform_RolloutParameters_ReachTheFunctionEnvironment()
    {
        var function = Assert.Single(await SamTemplate.ResourcesAsync(), r => r.Type == "AWS::Lambda::Function").Properties;

        var variables = function.GetProperty("Environment").GetProperty("Variables");
        Assert.Equal("Policy", variables.GetProperty("POLICY").GetProperty("Ref").GetString());
        Assert.Equal("CandidateShare", variables.GetProperty("CANDIDATE_SHARE").GetProperty("Ref").GetString());

        // CANDIDATE_POLICY is left out entirely when no candidate is staged (an empty value would still be "set").
        var candidate = variables.GetProperty("CANDIDATE_POLICY").GetProperty("Fn::If");
        Assert.Equal("HasCandidate", candidate[0].GetString());
        Assert.Equal("CandidatePolicy", candidate[1].GetProperty("Ref").GetString());
        Assert.Equal("AWS::NoValue", candidate[2].GetProperty("Ref").GetString());
    }

    private static async Task<IReadOnlyList<JsonElement>> FunctionPolicyStatementsAsync() =>
        SamTemplate.PolicyStatements(Assert.Single(await SamTemplate.ResourcesAsync(), r => r.Type == "AWS::IAM::Role"));

    private static T Skip<T>(string reason)
    {
        Assert.Skip(reason);
        return default!;
    }
}
