// SPDX-License-Identifier: Apache-2.0
// Evaluates the Publicodes version of R-PS on the inputs written by
// bench/clas_bench.py: a JSON array of [depenses_cents, bonus_enfants, bonus_parents].
// Prints JSON: ns per evaluation and the Ps and totals in cents.
//   node evaluate.mjs inputs.json [repeats]
import { readFileSync } from 'node:fs';
import Engine from 'publicodes';
import { parse } from 'yaml';

const here = new URL('.', import.meta.url);
const rules = parse(readFileSync(new URL('clas-ps.publicodes', here), 'utf8'));
const inputs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const repeats = Number(process.argv[3] || 1);
const engine = new Engine(rules);

const cents = (node) => Math.round(node.nodeValue * 100);
const situation = ([dep, be, bp]) => ({
  depenses: `${dep / 100} €`,
  'bonus enfants accorde': be ? 'oui' : 'non',
  'bonus parents accorde': bp ? 'oui' : 'non',
});

let ps = [], total = [];
const t0 = process.hrtime.bigint();
for (let r = 0; r < repeats; r++) {
  ps = new Array(inputs.length);
  total = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    engine.setSituation(situation(inputs[i]));
    ps[i] = cents(engine.evaluate('ps'));
    total[i] = cents(engine.evaluate('total'));
  }
}
const ns = Number(process.hrtime.bigint() - t0) / (repeats * inputs.length);
process.stdout.write(JSON.stringify({
  publicodes: JSON.parse(readFileSync(new URL('node_modules/publicodes/package.json', here), 'utf8')).version,
  node: process.version, n: inputs.length, ns_per_evaluation: ns, ps, total,
}) + '\n');
