using System.Security.Cryptography;
using System.Text;
using Workflows.Desk.Channels.WeChat;
using Workflows.Tests.Support;

namespace Workflows.Tests.Desk.Channels.WeChat;

/// <summary>Safe mode's AES and signatures against the tests' own implementation of WeChat's documented scheme.</summary>
public sealed class WeChatCryptoTests
{
    private const string Key = WeChatDesk.EncodingAesKey, AppId = FakeWeChatApi.AppId, Token = WeChatDesk.Token;
    private const string Message = "<xml><Content><![CDATA[退款 & <到账> 😀]]></Content></xml>";
    private readonly WeChatPush _wechat = new(new HttpClient(), Token, Key, AppId);

    [Fact]
    public void Decrypt_OpensWhatWeChatEncrypted()
    {
        Assert.Equal(Message, new WeChatCrypto(Key, AppId).Decrypt(_wechat.Encrypt(Message)));
        Assert.Equal("", new WeChatCrypto(Key, AppId).Decrypt(_wechat.Encrypt("")));
    }

    [Fact]
    public void Encrypt_MakesWhatWeChatOpens_PaddedTo32ByteBlocks_AndNamingTheAppId()
    {
        var crypto = new WeChatCrypto(Key, AppId);
        // Lengths either side of a 32-byte boundary: padding is never zero bytes, at most a whole block.
        foreach (var message in new[] { Message, new string('a', 64 - 20 - AppId.Length), new string('a', 65 - 20 - AppId.Length) })
        {
            var cipher = crypto.Encrypt(message);
            var (opened, appId) = _wechat.OpenReply(WeChatPassiveReply.Encrypted(cipher, WeChatSignature.Of(Token, "1409304348", "nonce", cipher), "1409304348", "nonce"));
            Assert.Equal((message, AppId), (opened, appId));
        }
        Assert.NotEqual(crypto.Encrypt(Message), crypto.Encrypt(Message)); // 16 random bytes lead every message
    }

    [Fact]
    public void Decrypt_RefusesAnotherAccountsMessages_AndBrokenCiphertext()
    {
        var crypto = new WeChatCrypto(Key, AppId);
        Assert.Null(crypto.Decrypt(new WeChatPush(new HttpClient(), Token, Key, "wx0000000000000000").Encrypt(Message)));
        var cipher = Convert.FromBase64String(_wechat.Encrypt(Message));
        cipher[^1] ^= 0x5A; // the padding no longer checks out
        Assert.Null(crypto.Decrypt(Convert.ToBase64String(cipher)));
        Assert.Null(crypto.Decrypt("not base64 at all!"));
        Assert.Null(crypto.Decrypt(Convert.ToBase64String(new byte[15])));
    }

    [Theory]
    [InlineData(Key, true)]
    [InlineData("sDgPmLDBSXbkkdCOfYa4kQxLaoZVlO0Amc28zm6CzZ", false)]
    [InlineData("sDgPmLDBSXbkkdCOfYa4kQxLaoZVlO0Amc28zm6CzZUU", false)]
    [InlineData("sDgPmLDBSXbkkdCOfYa4kQxLaoZVlO0Amc28zm6Cz+U", false)]
    public void IsValidKey_TakesOnlyFortyThreeLettersAndDigits(string key, bool valid) => Assert.Equal(valid, WeChatCrypto.IsValidKey(key));

    [Fact]
    public void Signature_IsTheSha1OfTheSortedParts_ComparedExactly()
    {
        var signature = WeChatSignature.Of(Token, "1409304348", "372623149");
        Assert.Equal(WeChatPush.Sign(Token, "1409304348", "372623149"), signature);
        Assert.Equal(signature, WeChatSignature.Of("372623149", Token, "1409304348"));
        Assert.True(WeChatSignature.Matches(signature, Token, "1409304348", "372623149"));
        Assert.True(WeChatSignature.Matches(signature.ToUpperInvariant(), Token, "1409304348", "372623149"));
        Assert.False(WeChatSignature.Matches(signature, Token, "1409304348", "372623140"));
        Assert.False(WeChatSignature.Matches(signature, Token, "1409304348", null));
        Assert.False(WeChatSignature.Matches(null, Token, "1409304348", "372623149"));
        // Sorted as strings, not numbers: "10" before "9".
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes("109" + Token))), WeChatSignature.Of("9", "10", Token));
    }
}
