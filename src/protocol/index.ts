/**
 * What services may use of the protocol layer, and all they may use: services never see the wire,
 * but some answers need a word with it (a status or header the model does not bind, S3's XML
 * documents and host ids, a service's own wording of validation errors, a query-protocol error
 * code inside a batch result). Anything else under protocol/ is the gateway's.
 */
import type { Violation } from '../core/wire.js';
import { readJsonValue } from './json.js';
import { loadModel, type Model } from './model.js';
import { validateInput } from './validate.js';

export { hostId, RESPONSE_HEADERS, RESPONSE_STATUS } from './rest-binding.js';
export { escapeXml, XmlWriter } from './xml-writer.js';
export { describeViolation, validationException, validationMessage, type ViolationWording } from './validate.js';
export type { ProtocolName, Violation, WireRequest, WireResponse } from '../core/wire.js';

/** The code an error has in the query protocol (SQS's AWS.SimpleQueueService.* names), for results that carry codes in their body. */
export function queryErrorCode(service: string, code: string): string {
  return loadModel(service).queryErrorCode(code);
}

/** The values a model enum allows (S3's ObjectCannedACL...), for checks a service makes where the model does not. */
export function enumValues(service: string, shapeName: string): readonly string[] {
  return loadModel(service).shape(shapeName).enum ?? [];
}

/**
 * The operation a service's model names `action` (matched regardless of case, as an SDK's
 * camelCase action `sendMessage` names SendMessage), or undefined when there is none.
 */
export function modelOperationName(service: string, action: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(service)) return undefined;
  let model: Model;
  try {
    model = loadModel(service);
  } catch {
    return undefined; // no model of that name
  }
  const wanted = action.toLowerCase();
  return Object.keys(model.operations).find((name) => name.toLowerCase() === wanted);
}

/**
 * An operation's input read from its JSON form (EventBridge Scheduler's universal targets carry
 * one) and checked against the model as a wire request's is: the typed input, and the violations
 * the gateway would have refused it for (the caller words them as the service does).
 */
export function operationInputFromJson(service: string, operation: string, document: Record<string, unknown>): { input: Record<string, unknown>; violations: Violation[] } {
  const model = loadModel(service);
  const ref = model.operation(operation)?.input;
  if (!ref) return { input: {}, violations: [] };
  const input = readJsonValue(model, ref, document, '') as Record<string, unknown>;
  return { input, violations: validateInput(model, ref, input) };
}
