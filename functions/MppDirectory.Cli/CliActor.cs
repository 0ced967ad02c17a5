using System.Security.Cryptography;
using System.Text;
using MppDirectory.Storage.Records;

namespace MppDirectory.Cli;

/// <summary>Who a CLI write is recorded as: the operator's account, pseudonymous in the public feed.</summary>
internal static class CliActor
{
    public static ChangeActor Current()
    {
        var user = Environment.UserName;
        return new ChangeActor("cli-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user)))[..12], "Directory.Admin", user);
    }
}
