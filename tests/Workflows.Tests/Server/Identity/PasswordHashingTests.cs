using PasswordHasher = Microsoft.AspNetCore.Identity.PasswordHasher<Workflows.Server.Identity.Users.UserEntity>;
using Microsoft.Extensions.Options;
using Workflows.Server.Identity.Passwords;

namespace Workflows.Tests.Server.Identity;

/// <summary>Argon2id hashes that carry their cost, and hashes of earlier builds and earlier costs replaced on sign-in.</summary>
public sealed class PasswordHashingTests
{
    private static PasswordHashing Hashing(int memoryKiB = 19 * 1024, int iterations = 2) =>
        new(Options.Create(new PasswordOptions { MemoryKiB = memoryKiB, Iterations = iterations }));

    [Fact]
    public void AHash_IsArgon2idInPhcForm_Salted_AndVerifiesOnlyItsPassword()
    {
        var hashing = Hashing();
        var hash = hashing.Hash("Correct-horse-7");
        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", hash);
        Assert.NotEqual(hash, hashing.Hash("Correct-horse-7"));
        Assert.Equal((true, false), hashing.Verify(hash, "Correct-horse-7"));
        Assert.False(hashing.Verify(hash, "correct-horse-7").Matches);
        Assert.False(hashing.Verify(hash, "").Matches);
    }

    [Fact]
    public void AHashOfAnEarlierCost_StillVerifies_AndAsksToBeReplaced()
    {
        var cheap = Hashing(memoryKiB: 8 * 1024, iterations: 1).Hash("Correct-horse-7");
        Assert.Equal((true, true), Hashing().Verify(cheap, "Correct-horse-7"));
        Assert.False(Hashing().Verify(cheap, "Wrong-horse-7").Matches);
    }

    [Fact]
    public void AnEarlierBuildsPbkdf2Hash_StillVerifies_AndAsksToBeReplaced()
    {
        var earlier = new PasswordHasher().HashPassword(null!, "demo");
        Assert.Equal((true, true), Hashing().Verify(earlier, "demo"));
        Assert.False(Hashing().Verify(earlier, "Demo").Matches);
    }

    [Theory]
    [InlineData("short", "password.too-short")]
    [InlineData("password123", "password.too-common")]
    [InlineData("abababababab", "password.too-common")]
    [InlineData("my-li.na-secret", "password.contains-user-name")]
    [InlineData("Long-enough-and-rare", null)]
    public void NewPasswords_FollowTheRules(string password, string? code) =>
        Assert.Equal(code, new PasswordRules(Options.Create(new PasswordOptions())).Check(password, "li.na")?.Code);
}
