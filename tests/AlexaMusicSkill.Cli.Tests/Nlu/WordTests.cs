using AlexaMusicSkill.Cli.Nlu;

namespace AlexaMusicSkill.Cli.Tests.Nlu;

public sealed class WordTests
{
    [Theory]
    [InlineData("Help me find music!", "help me find music")]
    [InlineData("I'd like R&B", "id like r and b")]
    [InlineData("That\u2019s great, thanks.", "thats great thanks")]
    [InlineData("lo-fi  hip-hop", "lo fi hip hop")]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("AC/DC", "ac dc")]
    [InlineData("Guns N' Roses", "guns n roses")]
    [InlineData("  ", "")]
    public void PhraseKey_Text_IsLowercaseWithoutPunctuationApostrophesOrAccents(string text, string key)
    {
        Assert.Equal(key, Word.PhraseKey(text));
    }

    [Fact]
    public void Split_Apostrophes_StayInWhatWasHeard()
    {
        var words = Word.Split("I'd like Don't Stop");

        Assert.Equal(["i'd", "like", "don't", "stop"], words.Select(w => w.Heard));
        Assert.Equal(["id", "like", "dont", "stop"], words.Select(w => w.Key));
    }
}
