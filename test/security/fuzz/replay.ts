/**
 * Replays fuzz cases against a fresh server with its log on, to see the stack
 * behind a finding:
 *   node --import tsx test/security/fuzz/replay.ts <service> <protocol> <operation> <seed> [<index>]
 * The seed is the one a finding reports; the index decides whether the case
 * is byte-mutated (every third), so pass the case's index (2 when mutated).
 */
import { loadModel } from '../../../src/protocol/model.js';
import { startTestCloud } from '../../support/cloud.js';
import { buildCase } from './case.js';
import { prepare } from './fixtures.js';
import { send } from './send.js';
import type { WireProtocol } from './wire.js';

const [service, protocol, operationName, seedText, indexText] = process.argv.slice(2);
if (!service || !protocol || !operationName || !seedText) {
  console.error('usage: replay.ts <service> <protocol> <operation> <seed> [<index>]');
  process.exit(2);
}
const cloud = await startTestCloud({ logLevel: 'error' });
try {
  if (service === 'lambda') await prepare(cloud.endpoint, 's3');
  const dictionary = await prepare(cloud.endpoint, service);
  const model = loadModel(service);
  const operation = model.operation(operationName);
  if (!operation) throw new Error(`${service} has no operation ${operationName}`);
  const index = Number(indexText ?? 0);
  // Without an index, try the case both ways: plain and mutated.
  for (const candidate of indexText === undefined ? [0, 2] : [index]) {
    const built = await buildCase(model, service, protocol as WireProtocol, operation, candidate, Number(seedText), dictionary, new URL(cloud.endpoint).host);
    const started = performance.now();
    const answer = await send(cloud.endpoint, built.wire, 30_000);
    console.log(`index ${candidate}: ${answer.status} ${answer.code ?? ''} in ${Math.round(performance.now() - started)} ms; mutation: ${built.mutation || 'none'}`);
    console.log(answer.body.toString('utf8').slice(0, 400));
  }
} finally {
  await cloud.close();
}
