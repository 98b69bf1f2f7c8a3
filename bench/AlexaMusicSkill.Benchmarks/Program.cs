using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/AlexaMusicSkill.Benchmarks -- --filter '*Catalog*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
