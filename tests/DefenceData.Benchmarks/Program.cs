using BenchmarkDotNet.Running;
using DefenceData.Benchmarks.Scale;

namespace DefenceData.Benchmarks;

/// <summary>
/// <c>scale [--records N[,N...]] …</c> (<c>scale --help</c> for its options): the side-by-side scale comparison and
/// curve (docs/PERFORMANCE.md); <c>startup --native … --jit …</c>: the CLI's start-up, native against JIT; <c>incremental-edit …</c>: the child process the scale command measures the generator's
/// incremental run in; anything else goes to BenchmarkDotNet (e.g. <c>--filter *</c>) for in-process figures over the real dataset.
/// </summary>
public static class Program
{
    /// <summary>Runs the scale command or BenchmarkDotNet.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scale")
        {
            return ScaleCommand.Run(args.Skip(1).ToArray(), Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "startup")
        {
            return Startup.StartupCommand.Run(args.Skip(1).ToArray(), Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == IncrementalEdit.Command)
        {
            return IncrementalEdit.Run(args.Skip(1).ToArray(), Console.Out, Console.Error);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
