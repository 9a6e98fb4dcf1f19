import { Model } from './model.js';
import { jsonCodec } from './json.js';
import { queryCodec } from './query.js';
import { restJsonCodec } from './rest-json.js';
import { restXmlCodec } from './rest-xml.js';
import { rpcV2CborCodec } from './rpc-v2-cbor.js';
import type { ProtocolCodec, ProtocolName } from './types.js';

const CODECS: Partial<Record<ProtocolName, ProtocolCodec>> = {
  json: jsonCodec,
  query: queryCodec,
  'rest-json': restJsonCodec,
  'rest-xml': restXmlCodec,
  'smithy-rpc-v2-cbor': rpcV2CborCodec,
};

export function codecFor(protocol: ProtocolName): ProtocolCodec | undefined {
  return CODECS[protocol];
}

/** A model with no operations, for errors about requests no service model claims. */
export function placeholderModel(protocol: ProtocolName): Model {
  return new Model('unknown', {
    metadata: {
      apiVersion: '',
      endpointPrefix: 'nimbus',
      protocol,
      serviceId: 'unknown',
      serviceFullName: 'unknown',
      jsonVersion: '1.1',
      xmlNamespace: 'https://nimbus.local/doc/',
    },
    operations: {},
    shapes: {},
  });
}
