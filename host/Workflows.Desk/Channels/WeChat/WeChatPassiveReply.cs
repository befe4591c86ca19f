using System.Globalization;
using System.Text;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// The XML of a passive reply (被动回复用户消息), written by hand so it is exactly what WeChat's documentation shows:
/// text in CDATA sections (so &amp;, &lt; and emoji go through untouched), CreateTime and TimeStamp as bare numbers.
/// </summary>
public static class WeChatPassiveReply
{
    /// <summary>A text reply: to the customer (the message's FromUserName), from the account (its ToUserName).</summary>
    public static string Text(string toOpenId, string fromAccount, long createTime, string content) =>
        $"<xml><ToUserName>{Cdata(toOpenId)}</ToUserName><FromUserName>{Cdata(fromAccount)}</FromUserName>" +
        $"<CreateTime>{createTime.ToString(CultureInfo.InvariantCulture)}</CreateTime><MsgType>{Cdata("text")}</MsgType>" +
        $"<Content>{Cdata(content)}</Content></xml>";

    /// <summary>Safe mode's envelope around an encrypted reply, signed with msg_signature.</summary>
    public static string Encrypted(string encrypt, string msgSignature, string timestamp, string nonce) =>
        $"<xml><Encrypt>{Cdata(encrypt)}</Encrypt><MsgSignature>{Cdata(msgSignature)}</MsgSignature>" +
        $"<TimeStamp>{timestamp}</TimeStamp><Nonce>{Cdata(nonce)}</Nonce></xml>";

    /// <summary>
    /// A CDATA section holding <paramref name="text"/> exactly. "]]&gt;" would end the section early, so it is split
    /// across two sections; characters XML cannot carry at all (control characters) are dropped.
    /// </summary>
    public static string Cdata(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) clean.Append(c).Append(text[++i]);
            else if (System.Xml.XmlConvert.IsXmlChar(c)) clean.Append(c);
        }
        return "<![CDATA[" + clean.ToString().Replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
