using System.Collections.ObjectModel;

namespace DefenceData.Resolution;

/// <summary>
/// A list navigation property's records, resolved on first use and kept, so reading the property
/// again allocates nothing. A field of the record it belongs to; it never affects the record's
/// equality (every cache equals every other) and it stays right after a <see langword="with"/>
/// copy (it is rebuilt when the ids or the scope it was built from are no longer the record's).
/// </summary>
/// <typeparam name="T">The referenced record type.</typeparam>
public struct ResolvedList<T> : IEquatable<ResolvedList<T>>
    where T : class
{
    private Resolved? _resolved;

    /// <summary>The records named by <paramref name="ids"/>, in their order.</summary>
    /// <param name="ids">The ids, as the record holds them.</param>
    /// <param name="lookup">The scope to resolve them in.</param>
    /// <returns>A read-only list, the same instance on every call for the same ids and scope.</returns>
    /// <remarks>Thread-safe: two first calls at once may both resolve; either result is kept, and both are equal.</remarks>
    public IReadOnlyList<T> Get(IReadOnlyList<string> ids, IRecordLookup<T> lookup)
    {
        var resolved = Volatile.Read(ref _resolved);
        if (resolved is null || !ReferenceEquals(resolved.Ids, ids) || !ReferenceEquals(resolved.Lookup, lookup))
        {
            var items = new T[ids.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = RecordLookup.Get(lookup, ids[i]);
            }

            resolved = new Resolved(ids, lookup, Array.AsReadOnly(items));
            Volatile.Write(ref _resolved, resolved);
        }

        return resolved.Items;
    }

    /// <summary>Always <see langword="true"/>: a cache is not part of its record's value.</summary>
    /// <param name="other">Another cache.</param>
    /// <returns><see langword="true"/>.</returns>
    public readonly bool Equals(ResolvedList<T> other) => true;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is ResolvedList<T>;

    /// <inheritdoc />
    public override readonly int GetHashCode() => 0;

    /// <summary>Always <see langword="true"/>, as <see cref="Equals(ResolvedList{T})"/>.</summary>
    /// <param name="left">A cache.</param>
    /// <param name="right">Another cache.</param>
    /// <returns><see langword="true"/>.</returns>
    public static bool operator ==(ResolvedList<T> left, ResolvedList<T> right) => true;

    /// <summary>Always <see langword="false"/>, as <see cref="Equals(ResolvedList{T})"/>.</summary>
    /// <param name="left">A cache.</param>
    /// <param name="right">Another cache.</param>
    /// <returns><see langword="false"/>.</returns>
    public static bool operator !=(ResolvedList<T> left, ResolvedList<T> right) => false;

    private sealed record Resolved(IReadOnlyList<string> Ids, IRecordLookup<T> Lookup, ReadOnlyCollection<T> Items);
}
