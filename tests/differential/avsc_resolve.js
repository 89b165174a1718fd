'use strict';
// Asks avsc (the independent Avro implementation) whether a reader schema can resolve data
// written with a writer schema, for many pairs in one process.
//   node avsc_resolve.js resolve IN OUT        one answer line per query line
//   node avsc_resolve.js bench IN OUT ROUNDS   times reader.createResolver(writer) only
// Each IN line is {"reader": SCHEMA, "writer": SCHEMA}.
const avro = require('avsc');
const fs = require('fs');

const [mode, inPath, outPath, roundsArg] = process.argv.slice(2);
const queries = fs.readFileSync(inPath, 'utf8').split('\n').filter((l) => l.length > 0)
  .map((l) => JSON.parse(l));

function answer(q) {
  let reader;
  let writer;
  try {
    reader = avro.Type.forSchema(q.reader);
    writer = avro.Type.forSchema(q.writer);
  } catch (e) {
    return { schemaOk: false, resolves: false, error: String(e.message) };
  }
  try {
    reader.createResolver(writer);
    return { schemaOk: true, resolves: true };
  } catch (e) {
    return { schemaOk: true, resolves: false, error: String(e.message) };
  }
}

function bench(rounds) {
  const pairs = queries.map((q) => [avro.Type.forSchema(q.reader), avro.Type.forSchema(q.writer)]);
  const attempt = (r, w) => {
    try {
      r.createResolver(w);
      return 1;
    } catch (e) {
      return 0;
    }
  };
  pairs.forEach(([r, w]) => attempt(r, w)); // warm-up: let the JIT compile the resolver code
  let resolvers = 0;
  let resolved = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i += 1) {
    for (const [r, w] of pairs) {
      resolved += attempt(r, w);
      resolvers += 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { resolvers, resolved, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

if (mode === 'resolve') {
  fs.writeFileSync(outPath, queries.map((q) => JSON.stringify(answer(q))).join('\n') + '\n');
} else if (mode === 'bench') {
  fs.writeFileSync(outPath, JSON.stringify(bench(Number(roundsArg || 1))) + '\n');
} else {
  process.stderr.write('usage: avsc_resolve.js resolve|bench IN OUT [ROUNDS]\n');
  process.exit(2);
}
