using BenchmarkDotNet.Running;

// Run by hand: dotnet run -c Release --project bench/Workflows.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
