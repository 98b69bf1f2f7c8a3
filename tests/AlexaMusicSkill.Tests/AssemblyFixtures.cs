using AlexaMusicSkill.TestSupport;

// One dynalite process serves every DynamoDB test of this assembly; each test makes its own table.
[assembly: AssemblyFixture(typeof(DynaliteFixture))]
