using System.Collections.ObjectModel;

namespace DefenceData.Resolution;

/// <summary>
/// A reverse navigation property's records (the records of one type that refer to a record), found
/// on first use and kept, so reading the property again allocates nothing. Like
/// <see cref="ResolvedList{T}"/>, it never affects its record's equality.
/// </summary>
/// <typeparam name="T">The type of the referring records.</typeparam>
public struct ReferencingList<T> : IEquatable<ReferencingList<T>>
    where T : class, IRecord
{
    private Found? _found;

    /// <summary>The records of type <typeparamref name="T"/> that refer to the record of <paramref name="recordType"/> with <paramref name="id"/>, each once.</summary>
    /// <param name="index">The scope's reference index.</param>
    /// <param name="recordType">The type of the record referred to.</param>
    /// <param name="id">Its id.</param>
    /// <returns>A read-only list, in the index's order, the same instance on every call for the same id and scope.</returns>
    public IReadOnlyList<T> Get(IReferenceIndex index, Type recordType, string id)
    {
        var found = Volatile.Read(ref _found);
        if (found is null || !ReferenceEquals(found.Id, id) || !ReferenceEquals(found.Index, index))
        {
            var records = new List<T>();
            var seen = new HashSet<T>(ReferenceEqualityComparer.Instance);
            foreach (var reference in index.ReferencesTo(recordType, id))
            {
                if (reference.Record is T record && seen.Add(record))
                {
                    records.Add(record);
                }
            }

            found = new Found(id, index, records.AsReadOnly());
            Volatile.Write(ref _found, found);
        }

        return found.Records;
    }

    /// <summary>Always <see langword="true"/>: a cache is not part of its record's value.</summary>
    /// <param name="other">Another cache.</param>
    /// <returns><see langword="true"/>.</returns>
    public readonly bool Equals(ReferencingList<T> other) => true;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is ReferencingList<T>;

    /// <inheritdoc />
    public override readonly int GetHashCode() => 0;

    /// <summary>Always <see langword="true"/>, as <see cref="Equals(ReferencingList{T})"/>.</summary>
    /// <param name="left">A cache.</param>
    /// <param name="right">Another cache.</param>
    /// <returns><see langword="true"/>.</returns>
    public static bool operator ==(ReferencingList<T> left, ReferencingList<T> right) => true;

    /// <summary>Always <see langword="false"/>, as <see cref="Equals(ReferencingList{T})"/>.</summary>
    /// <param name="left">A cache.</param>
    /// <param name="right">Another cache.</param>
    /// <returns><see langword="false"/>.</returns>
    public static bool operator !=(ReferencingList<T> left, ReferencingList<T> right) => false;

    private sealed record Found(string Id, IReferenceIndex Index, ReadOnlyCollection<T> Records);
}
