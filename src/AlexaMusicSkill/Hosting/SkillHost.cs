using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Hosting;

/// <summary>
/// PROVISIONAL (branch lambda): the lead replaces this file at merge with the real composition
/// (DynamoDB store, decision records, embedded catalog and model). Only the signature is the contract.
/// </summary>
public static class SkillHost
{
    // Production composition: DynamoDB store on configuration.TableName (the AWS SDK honours AWS_ENDPOINT_URL_DYNAMODB),
    // decision/outcome records written as JSON lines to `records`, embedded catalog and model.
    public static ISkillFunction CreateForLambda(SkillConfiguration configuration, byte[] userKeySecret, IEventLog log, JsonLineWriter records, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(userKeySecret);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(clock);
        return new SkillFunction(configuration.SkillId, new WelcomeOnlyHandler(), log);
    }

    /// <summary>Answers a launch with the welcome question and everything else with a response valid for its kind.</summary>
    private sealed class WelcomeOnlyHandler : ISkillRequestHandler
    {
        public Task<SkillResponse> HandleAsync(SkillRequest request, InvocationContext context, CancellationToken cancellationToken)
        {
            var kind = ResponseKinds.For(request.Request!);
            var response = request.Request switch
            {
                LaunchRequest => ResponseBuilder.For(kind)
                    .Speak(Ssml.Speak(Ssml.S("Welcome to music finder."), Ssml.S("Do you have anything in mind?")))
                    .Reprompt(Ssml.Speak(Ssml.S("Do you have anything in mind?")))
                    .EndSession(false)
                    .Build(),
                _ when kind == ResponseKind.Conversation => ResponseBuilder.For(kind)
                    .Speak(Ssml.Speak(Ssml.S("Sorry, I can't help with that yet.")))
                    .EndSession(true)
                    .Build(),
                _ when kind == ResponseKind.CanFulfill => ResponseBuilder.For(kind)
                    .CanFulfill(new CanFulfillIntent { CanFulfill = CanFulfillAnswer.No })
                    .Build(),
                _ => SkillResponse.Empty(),
            };
            return Task.FromResult(response);
        }
    }
}
