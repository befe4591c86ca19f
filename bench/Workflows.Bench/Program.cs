using BenchmarkDotNet.Running;
using Workflows.Bench.Runtime;

// Run by hand:
//   dotnet run -c Release --project bench/Workflows.Bench -- --filter '*'   (engine, BenchmarkDotNet)
//   dotnet run -c Release --project bench/Workflows.Bench -- runtime        (runtime on PostgreSQL vs pgbench)
//   dotnet run -c Release --project bench/Workflows.Bench -- support        (ten-step cases per second over HTTP)
//   dotnet run -c Release --project bench/Workflows.Bench -- inbox          (inbox list API at 100,000 open tasks)
//   dotnet run -c Release --project bench/Workflows.Bench -- manager        (stuck list and node statistics at 1,000,000 cases)
if (args is ["runtime", ..])
    await RuntimeBenchmark.RunAsync(args.Skip(1).ToArray());
else if (args is ["support", ..])
    await Workflows.Bench.Support.SupportBenchmark.RunAsync(args.Skip(1).ToArray());
else if (args is ["inbox", ..])
    await Workflows.Bench.Inbox.InboxBenchmark.RunAsync(args.Skip(1).ToArray());
else if (args is ["manager", ..])
    await Workflows.Bench.Manager.ManagerBenchmark.RunAsync(args.Skip(1).ToArray());
else
    BenchmarkSwitcher.FromAssembly(typeof(RuntimeBenchmark).Assembly).Run(args);
