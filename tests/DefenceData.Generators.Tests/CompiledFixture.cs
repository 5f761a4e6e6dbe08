using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace DefenceData.Generators.Tests;

/// <summary>Compiles a generator output compilation and loads it, to read the generated values back.</summary>
internal static class CompiledFixture
{
    public static Assembly Load(Compilation output) => Load(Emit(output));

    /// <summary>The compiled assembly's bytes; asserts the compilation succeeded.</summary>
    public static byte[] Emit(Compilation output)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>Loads compiled bytes into a context of their own: each load has its own static state.</summary>
    public static Assembly Load(byte[] image)
    {
        var context = new AssemblyLoadContext("fixture-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (_, name) => name.Name == "DefenceData" ? typeof(PartialDate).Assembly : null;
        return context.LoadFromStream(new MemoryStream(image));
    }

    /// <summary>The records of a generated collection class, via its <c>All</c> property.</summary>
    public static IReadOnlyList<object> All(Assembly assembly, string collectionClass) =>
        ((System.Collections.IEnumerable)assembly.GetType(collectionClass, throwOnError: true)!
            .GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

    public static object? Property(object record, string name) => record.GetType().GetProperty(name)!.GetValue(record);
}
