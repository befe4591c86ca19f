namespace Workflows.Dmn.Feel;

/// <summary>Makes every way a FEEL text can fail to compile a <see cref="FeelException"/> with a sentence, never a stray exception.</summary>
internal static class FeelCompilation
{
    public static T Guard<T>(Func<T> compile)
    {
        try { return compile(); }
        catch (FeelException) { throw; }
        catch (Exception e) when (e is OverflowException or FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new FeelException($"The expression cannot be read ({e.GetType().Name}: {e.Message}).");
        }
    }
}
