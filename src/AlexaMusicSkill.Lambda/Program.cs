using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Lambda.Startup;
using AlexaMusicSkill.Logging;

// The composition root of `bootstrap`. Logs and decision records share one stdout writer so lines never interleave.
var environment = SkillConfiguration.ProcessEnvironment();
MemoryLimit.Apply(environment);

using var output = JsonLineWriter.StandardOutput();
var coldStart = new ColdStart(environment, output, TimeProvider.System, LambdaComposition.Create, () => new SsmSecureParameterReader());
return await coldStart.RunAsync(CancellationToken.None);
