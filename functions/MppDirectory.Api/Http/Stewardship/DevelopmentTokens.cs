using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// Stewards' tokens signed with the development key (<see cref="StewardshipOptions.DevelopmentKey"/>), as
/// <see cref="StewardAuthentication"/> takes them in Development: the development issuer, the app's audience, HS256
/// with the key. `npm run token` (tools/MppDirectory.DevToken) and the tests make their tokens here. Only the
/// stewardship edition's authentication and those tools use it; the read edition (Native AOT) never reaches it.
/// </summary>
public static class DevelopmentTokens
{
    /// <summary>How long a development token is valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>The only algorithm a development token may be signed with.</summary>
    public const string Algorithm = SecurityAlgorithms.HmacSha256;

    /// <summary>Where a clone keeps its development key, below the repository's root (tools/lib.mjs uses the same file).</summary>
    public static readonly string[] KeyPath = ["artifacts", "local", "development-key"];

    /// <summary>A new development key: 32 random bytes, base64.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key that signs and checks development tokens, from its base64 text.</summary>
    public static SymmetricSecurityKey SigningKey(string key) => new(Convert.FromBase64String(key));

    /// <summary>
    /// The clone's development key in <paramref name="file"/> (see <see cref="KeyPath"/>), made (random, readable by its
    /// owner only) when there is none yet, as tools/lib.mjs's developmentKey() does.
    /// </summary>
    public static string ReadOrCreateKey(string file)
    {
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var writer = new StreamWriter(file, options);
                writer.Write(NewKey() + "\n");
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another run made it first: theirs is the key.
            }
        }

        return File.ReadAllText(file).Trim();
    }

    /// <summary>
    /// What a development token for <paramref name="subject"/> says: the development issuer, <paramref name="audience"/>
    /// (the app's default when not given), the subject, name and app roles, valid from <paramref name="now"/> for
    /// <see cref="Lifetime"/>.
    /// </summary>
    public static SecurityTokenDescriptor Descriptor(string subject, string name, IEnumerable<string> roles, DateTime now, string? audience = null) => new()
    {
        Issuer = StewardshipOptions.DevelopmentIssuer,
        Audience = audience ?? new StewardshipOptions().Audience,
        Claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = subject,
            [StewardAuthentication.NameClaim] = name,
            [StewardAuthentication.RoleClaim] = roles.ToArray(),
        },
        IssuedAt = now,
        NotBefore = now,
        Expires = now + Lifetime,
    };

    /// <summary>The token <paramref name="descriptor"/> describes, signed with <paramref name="key"/> (base64).</summary>
    public static string Sign(SecurityTokenDescriptor descriptor, string key)
    {
        descriptor.SigningCredentials = new SigningCredentials(SigningKey(key), Algorithm);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A token for <paramref name="subject"/> with <paramref name="roles"/>, valid from now, signed with <paramref name="key"/> (base64).</summary>
    public static string Create(string key, string subject, string name, IEnumerable<string> roles) =>
        Sign(Descriptor(subject, name, roles, DateTime.UtcNow), key);
}
