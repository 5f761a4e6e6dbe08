// Written by hand: netstandard2.0 lacks this marker type, which C# needs for records and init
// accessors; PolySharp, which would supply it, is not served by the package registry here.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
