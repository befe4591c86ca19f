using Workflows.Desk.Bot;

namespace Workflows.Tests.Desk.Bot;

/// <summary>"Did this solve it?" read the way customers answer it: 1 or 2 as asked, full-width digits, words, punctuation.</summary>
public sealed class BotRepliesTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData(" １ ", true)]
    [InlineData("解决了！", true)]
    [InlineData("Yes, thanks", null)]
    [InlineData("yes!", true)]
    [InlineData("2", false)]
    [InlineData("没解决", false)]
    [InlineData("didn't help", false)]
    [InlineData("No.", false)]
    [InlineData("退款还没到", null)]
    [InlineData("12", null)]
    public void Solved_ReadsYesNoOrANewQuestion(string said, bool? solved) => Assert.Equal(solved, BotReplies.Solved(said));
}
