import type { Model, Operation } from '../../../src/protocol/model.js';
import { InputGenerator, type Dictionary } from './generate.js';
import { mutate } from './mutate.js';
import { Random } from './random.js';
import { sign } from './send.js';
import { buildRequest, type WireCall, type WireProtocol } from './wire.js';

/**
 * One fuzz case, entirely from its seed: how wild its values are, the input,
 * the request on the wire, whether a third of the cases (every third index)
 * get byte-mutated, and whether it is signed. The same seed and fixtures
 * give the same request, so a failing case replays.
 */
export interface FuzzCase {
  wire: WireCall;
  anomalies: string[];
  mutation: string;
}

export async function buildCase(
  model: Model,
  service: string,
  protocol: WireProtocol,
  operation: Operation,
  index: number,
  seed: number,
  dictionary: Dictionary,
  host: string,
): Promise<FuzzCase> {
  const random = new Random(seed);
  const chaos = random.pick([0, 0, 0.05, 0.2, 0.5]);
  const { input, anomalies } = new InputGenerator(model, random, dictionary, chaos).input(operation);
  applyExceptions(service, operation.name, input);
  let wire = buildRequest(model, protocol, operation, input);
  let mutation = '';
  if (index % 3 === 2) {
    const mutated = mutate(wire, random);
    const keepBody = service === 'sqs' && operation.name === 'ReceiveMessage' && mutated.description.startsWith('body');
    if (!keepBody) {
      wire = mutated.call;
      mutation = mutated.description;
    }
  }
  // Unsigned requests are routed by X-Amz-Target, path or host; a query Action alone is ambiguous
  // (SNS and SQS both have AddPermission), so query requests are always signed, as every SDK does.
  if (protocol === 'query' || random.chance(0.75)) wire = await sign(wire, model.signingName(), host);
  return { wire, anomalies, mutation };
}

/** The exceptions the fuzz test documents (slow by design, not by defect), applied to a generated input. */
function applyExceptions(service: string, operation: string, input: Record<string, unknown>): void {
  if (service === 'sqs' && operation === 'ReceiveMessage') input.WaitTimeSeconds = 0;
  if (service === 'sqs' && (operation === 'CreateQueue' || operation === 'SetQueueAttributes') && input.Attributes && typeof input.Attributes === 'object') {
    delete (input.Attributes as Record<string, unknown>).ReceiveMessageWaitTimeSeconds;
  }
  if (service === 'lambda' && (operation === 'Invoke' || operation === 'InvokeWithResponseStream')) input.InvocationType = 'DryRun';
}
