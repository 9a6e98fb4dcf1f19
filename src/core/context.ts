import type { ProtocolName } from './wire.js';
import type { Runtime } from './runtime.js';
import type { CallerIdentity } from './identity.js';

/** Who is calling what: handed to every operation handler. */
export interface RequestContext {
  requestId: string;
  accountId: string;
  region: string;
  /** The access key the request was signed with, if any. */
  accessKeyId?: string;
  /** Who that key belongs to when IAM or STS issued it (see identity.ts); undefined for root and default keys. */
  caller?: CallerIdentity;
  /** Service id (models/<id>.json) and operation name. */
  service: string;
  operation: string;
  protocol: ProtocolName;
  /** Host header as the client sent it (with port): services build URLs from it. */
  host: string;
  /** Public base URL of this Nimbus, e.g. http://localhost:4566. */
  endpoint: string;
  headers: Record<string, string>;
  runtime: Runtime;
}
