using AlexaMusicSkill.Cli.Chat;
using AlexaMusicSkill.Cli.Nlu;

namespace AlexaMusicSkill.Cli.Tests.Chat;

public sealed class ChatInputTests
{
    private static readonly string[] Invocation = ["music", "finder"];

    [Theory]
    [InlineData("open music finder")]
    [InlineData("Alexa, open Music Finder")]
    [InlineData("launch music finder")]
    [InlineData("talk to music finder")]
    [InlineData("ask music finder")]
    [InlineData("hey Alexa, open music finder")]
    [InlineData("Alexa open music finder")]
    public void Parse_OpeningPhrase_IsALaunch(string line)
    {
        Assert.IsType<ChatInput.Launch>(ChatInput.Parse(line, Invocation));
    }

    [Theory]
    [InlineData("ask music finder to help me find music", "help me find music")]
    [InlineData("Alexa, ask music finder for something chill", "something chill")]
    [InlineData("tell music finder I love it", "i love it")]
    [InlineData("open music finder and play some jazz", "play some jazz")]
    public void Parse_OneShotPhrase_CarriesTheRequestAfterTheInvocationName(string line, string request)
    {
        var oneShot = Assert.IsType<ChatInput.OneShot>(ChatInput.Parse(line, Invocation));

        Assert.Equal(request, string.Join(' ', oneShot.Words.Select(w => w.Heard)));
    }

    [Theory]
    [InlineData("exit")]
    [InlineData("Quit")]
    [InlineData("alexa, exit")]
    public void Parse_ExitOrQuit_IsAnExit(string line)
    {
        Assert.IsType<ChatInput.Exit>(ChatInput.Parse(line, Invocation));
    }

    [Theory]
    [InlineData(":finish", "finish", "")]
    [InlineData(".quit", "quit", "")]
    [InlineData(":intent AnswerIntent genre=jazz", "intent", "AnswerIntent genre=jazz")]
    public void Parse_ColonOrDot_IsACommand(string line, string name, string arguments)
    {
        var command = Assert.IsType<ChatInput.Command>(ChatInput.Parse(line, Invocation));

        Assert.Equal(name, command.Name);
        Assert.Equal(arguments, command.Arguments);
    }

    [Theory]
    [InlineData("open the pod bay doors")]
    [InlineData("play some jazz")]
    [InlineData("start a jazz station")]
    public void Parse_AnythingElse_IsAnUtterance(string line)
    {
        Assert.IsType<ChatInput.Utterance>(ChatInput.Parse(line, Invocation));
    }

    [Theory]
    [InlineData("Alexa, help me find music")]
    [InlineData("alexa help me find music")]
    [InlineData("Hey Alexa, help me find music")]
    public void Parse_WakeWordInFront_IsTakenOffTheUtterance(string line)
    {
        var utterance = Assert.IsType<ChatInput.Utterance>(ChatInput.Parse(line, Invocation));

        Assert.Equal("help me find music", string.Join(' ', utterance.Words.Select(w => w.Heard)));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("Alexa")] // the wake word alone only wakes the device
    [InlineData("hey alexa!")]
    public void Parse_BlankLineOrWakeWordAlone_IsNothing(string line)
    {
        Assert.IsType<ChatInput.Nothing>(ChatInput.Parse(line, Invocation));
    }

    [Fact]
    public void Parse_InvocationNameOfTheModel_IsWhatOpensIt()
    {
        var invocation = Word.Split(InteractionModel.Embedded().InvocationName).Select(w => w.Key).ToList();

        Assert.IsType<ChatInput.Launch>(ChatInput.Parse("open music finder", invocation));
    }
}
