/**
 * What services may use of the protocol layer, and all they may use: services never see the wire,
 * but some answers need a word with it (a status or header the model does not bind, S3's XML
 * documents and host ids, a service's own wording of validation errors, a query-protocol error
 * code inside a batch result). Anything else under protocol/ is the gateway's.
 */
import { loadModel } from './model.js';

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
