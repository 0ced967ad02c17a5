using System.Security.Cryptography;
using System.Text;

namespace MppDirectory.Tables;

/// <summary>A storage account name and key, used to sign requests with Shared Key.</summary>
public sealed class TableSharedKeyCredential
{
    private readonly byte[] _accountKey;

    public TableSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        AccountName = accountName;
        try
        {
            _accountKey = Convert.FromBase64String(accountKey);
        }
        catch (FormatException exception)
        {
            throw new ArgumentException("The account key is not valid base64.", nameof(accountKey), exception);
        }
    }

    public string AccountName { get; }

    internal string ComputeSignature(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_accountKey, Encoding.UTF8.GetBytes(stringToSign)));
}
