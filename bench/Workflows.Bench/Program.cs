using BenchmarkDotNet.Running;
using Workflows.Bench.Runtime;

// Run by hand:
//   dotnet run -c Release --project bench/Workflows.Bench -- --filter '*'   (engine, BenchmarkDotNet)
//   dotnet run -c Release --project bench/Workflows.Bench -- runtime        (runtime on PostgreSQL vs pgbench)
if (args is ["runtime", ..])
    await RuntimeBenchmark.RunAsync(args.Skip(1).ToArray());
else
    BenchmarkSwitcher.FromAssembly(typeof(RuntimeBenchmark).Assembly).Run(args);
