using System;
using System.Collections.Generic;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DefenceData.Generators;

/// <summary>
/// A step's model where the model has no diagnostics of its own: the value (a fallback if the step
/// failed), where a failure to emit it is reported (<paramref name="At"/>: the file or collection
/// class it was built for) and the step's diagnostics: its DD0018 if it failed, else any DD0010 for
/// a member it left out.
/// </summary>
internal sealed record Guarded<T>(T Value, LocationInfo? At, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The one guard every pipeline step and every emission runs in: an exception the step did not
/// foresee becomes one DD0018 at the file or class it was working on (a step over the whole dataset:
/// the first collection class), never a CS8785 that hides the cause, never silence.
/// </summary>
internal static class GuardedStep
{
    /// <summary>Runs a step whose model carries its own diagnostics: <paramref name="failed"/> builds that model from the DD0018.</summary>
    public static T Run<T>(LocationInfo? at, string subject, Func<T> step, Func<DiagnosticInfo, T> failed)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return failed(Failure(at, subject, e));
        }
    }

    /// <summary>Runs a step whose model has no diagnostics of its own: on a failure its value is <paramref name="fallback"/>.</summary>
    public static Guarded<T> Run<T>(LocationInfo? at, string subject, Func<T> step, T fallback) =>
        Run(at, subject, () => new Guarded<T>(step(), at, EquatableArray<DiagnosticInfo>.Empty),
            failure => new Guarded<T>(fallback, at, EquatableArray<DiagnosticInfo>.Empty.Append(failure)));

    /// <summary>
    /// Runs a step whose model has no diagnostics of its own but which reports some (DD0010 for a
    /// member it leaves out) into the list it is given; on a failure its value is <paramref name="fallback"/>.
    /// </summary>
    public static Guarded<T> RunReporting<T>(LocationInfo? at, string subject, Func<List<DiagnosticInfo>, T> step, T fallback) =>
        Run(at, subject,
            () =>
            {
                var diagnostics = new List<DiagnosticInfo>();
                var value = step(diagnostics);
                return new Guarded<T>(value, at, diagnostics.ToEquatableArray());
            },
            failure => new Guarded<T>(fallback, at, EquatableArray<DiagnosticInfo>.Empty.Append(failure)));

    /// <summary>Adds the source <paramref name="emit"/> writes, or reports its failure at <paramref name="at"/>.</summary>
    public static void Emit(SourceProductionContext context, LocationInfo? at, string subject, string hintName, Func<string> emit)
    {
        try
        {
            context.AddSource(hintName, SourceText.From(emit(), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(Failure(at, subject, e).ToDiagnostic());
        }
    }

    /// <summary>Where a step over the whole dataset reports its failure: the first collection class (in ordinal order) that has a location.</summary>
    public static LocationInfo? DatasetLocation(EquatableArray<Shapes.CollectionShape> shapes)
    {
        foreach (var shape in shapes)
        {
            if (shape.Location is { } location)
            {
                return location;
            }
        }

        return null;
    }

    /// <summary>The DD0018 for <paramref name="e"/>: the message only, on one line (an exception's type name means nothing to the person reading the build).</summary>
    public static DiagnosticInfo Failure(LocationInfo? at, string subject, Exception e) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, at, subject, e.Message.Replace('\r', ' ').Replace('\n', ' '));
}
