using System.Text;

namespace Workflows.Desk.Attachments;

/// <summary>
/// What a file is, read from its bytes, never from its name or the type its sender claims: the formats customers and
/// agents send (screenshots, receipts, statements, text). Anything else is refused.
/// </summary>
public static class ContentSniffer
{
    public static readonly IReadOnlyList<string> Accepted = ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain"];

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PngSignature)) return "image/png";
        if (content.StartsWith(JpegSignature)) return "image/jpeg";
        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8)) return "image/gif";
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (content.StartsWith("%PDF-"u8)) return "application/pdf";
        return IsText(content) ? "text/plain" : null;
    }

    /// <summary>UTF-8 (a BOM allowed) without control characters other than tab, line feed, carriage return and form feed.</summary>
    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) return false;
        try
        {
            var text = StrictUtf8.GetString(content);
            return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>A declared type as browsers send it ("text/plain; charset=utf-8", "image/jpg") reduced to what <see cref="Sniff"/> names.</summary>
    public static string Normalise(string? declared) => (declared ?? "").Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "image/jpg" or "image/pjpeg" => "image/jpeg",
        var other => other,
    };
}
