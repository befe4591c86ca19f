using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Workflows.Bench.Runtime;

// Run by hand (bench/README.md has the figures and the machine):
//   dotnet run -c Release --project bench/Workflows.Bench -- --filter '*'        engine (BenchmarkDotNet)
//   dotnet run -c Release --project bench/Workflows.Bench -- runtime [seconds]   runtime on PostgreSQL vs pgbench, HTTP under load
//   dotnet run -c Release --project bench/Workflows.Bench -- multi-instance [elements] [rounds]   a parallel multi-instance user task over 1,000 elements
//   dotnet run -c Release --project bench/Workflows.Bench -- support [seconds]   ten-step cases per second over HTTP, with pgbench
//   dotnet run -c Release --project bench/Workflows.Bench -- inbox [tasks] [requests]     inbox list API at 100,000 open tasks
//   dotnet run -c Release --project bench/Workflows.Bench -- manager [cases] [requests]   stuck list and node statistics at 1,000,000 cases
//   dotnet run -c Release --project bench/Workflows.Bench -- cases [cases] [requests]     case search at 1,000,000 cases
//   dotnet run -c Release --project bench/Workflows.Bench -- designer [opens]    the designer opening the support flow in Chromium
//   dotnet run -c Release --project bench/Workflows.Bench -- people [users] [groups] [sign-ins]   SCIM provisioning, and sign-in 8 at once
//   dotnet run -c Release --project bench/Workflows.Bench -- routing [agents] [cases] [rate]   routing 200 agents on 3 hosts, 10,000 cases
//   dotnet run -c Release --project bench/Workflows.Bench -- wechat [rate] [seconds] [followers]   WeChat's callback at 100 messages/s
//   dotnet run -c Release --project bench/Workflows.Bench -- chat [sessions] [rounds] [rate]       500 open chats, agents' replies to the customers' streams
// The tests run each with tiny arguments (BenchmarkSmokeTests), so none can rot unnoticed; for the engine's that is
// "--filter '*' --job Dry --inProcess --smoke", where --smoke lets a Debug build run (it checks that they run, not how fast).
switch (args)
{
    case ["runtime", .. var rest]: await RuntimeBenchmark.RunAsync(rest); break;
    case ["multi-instance", .. var rest]: await MultiInstanceBenchmark.RunAsync(rest); break;
    case ["support", .. var rest]: await Workflows.Bench.Support.SupportBenchmark.RunAsync(rest); break;
    case ["inbox", .. var rest]: await Workflows.Bench.Inbox.InboxBenchmark.RunAsync(rest); break;
    case ["manager", .. var rest]: await Workflows.Bench.Manager.ManagerBenchmark.RunAsync(rest); break;
    case ["cases", .. var rest]: await Workflows.Bench.Cases.CaseSearchBenchmark.RunAsync(rest); break;
    case ["designer", .. var rest]: await Workflows.Bench.Designer.DesignerBenchmark.RunAsync(rest); break;
    case ["routing", .. var rest]: await Workflows.Bench.Routing.RoutingBenchmark.RunAsync(rest); break;
    case ["wechat", .. var rest]: await Workflows.Bench.Channels.WeChatCallbackBenchmark.RunAsync(rest); break;
    case ["chat", .. var rest]: await Workflows.Bench.Channels.ChatBenchmark.RunAsync(rest); break;
    case ["people", .. var rest]: await Workflows.Bench.People.PeopleBenchmark.RunAsync(rest); break;
    default:
        var config = args.Contains("--smoke") ? DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator) : DefaultConfig.Instance;
        BenchmarkSwitcher.FromAssembly(typeof(RuntimeBenchmark).Assembly).Run(args.Where(a => a != "--smoke").ToArray(), config);
        break;
}
