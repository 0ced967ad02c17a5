namespace MppDirectory.Tables;

/// <summary>How a write treats properties the entity does not mention: Merge keeps them, Replace drops them.</summary>
public enum TableUpdateMode
{
    Merge,
    Replace,
}
