import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** AWS service models in botocore's JSON form (models/<service>.json). */
export type ShapeType =
  | 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'float' | 'double'
  | 'boolean' | 'timestamp' | 'blob' | 'bigdecimal' | 'biginteger' | 'byte' | 'short';

export type TimestampFormat = 'iso8601' | 'rfc822' | 'unixTimestamp';

export interface XmlNamespace {
  uri: string;
  prefix?: string;
}

/** A reference to a shape, with the traits that apply where it is used. */
export interface ShapeRef {
  shape: string;
  location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';
  locationName?: string;
  /** The element/key name in query and XML wires only (see scripts/models/regenerate.py). */
  xmlName?: string;
  queryName?: string;
  flattened?: boolean;
  xmlNamespace?: XmlNamespace;
  xmlAttribute?: boolean;
  idempotencyToken?: boolean;
  jsonvalue?: boolean;
  timestampFormat?: TimestampFormat;
  streaming?: boolean;
  eventpayload?: boolean;
  eventheader?: boolean;
  hostLabel?: boolean;
  box?: boolean;
  deprecated?: boolean;
}

export interface Shape {
  type: ShapeType;
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  flattened?: boolean;
  locationName?: string;
  xmlName?: string;
  payload?: string;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  exception?: boolean;
  fault?: boolean;
  streaming?: boolean;
  requiresLength?: boolean;
  eventstream?: boolean;
  event?: boolean;
  timestampFormat?: TimestampFormat;
  union?: boolean;
  document?: boolean;
  xmlNamespace?: XmlNamespace;
  sensitive?: boolean;
}

export interface Operation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: ShapeRef;
  output?: ShapeRef & { resultWrapper?: string };
  errors?: ShapeRef[];
  endpoint?: { hostPrefix: string };
  httpChecksum?: Record<string, unknown>;
  authtype?: string;
  deprecated?: boolean;
}

export interface ServiceMetadata {
  apiVersion: string;
  endpointPrefix: string;
  protocol: string;
  protocols?: string[];
  jsonVersion?: string;
  targetPrefix?: string;
  signingName?: string;
  serviceId: string;
  serviceFullName: string;
  xmlNamespace?: string;
  awsQueryCompatible?: Record<string, unknown>;
  globalEndpoint?: string;
  uid?: string;
}

export interface ServiceModel {
  metadata: ServiceMetadata;
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}

/** A loaded model with the indexes every protocol needs. */
export class Model {
  readonly name: string;
  readonly metadata: ServiceMetadata;
  readonly operations: Record<string, Operation>;
  readonly shapes: Record<string, Shape>;
  /** Error shape name for each code a client may see (shape name and query code). */
  private readonly errorShapeByCode = new Map<string, string>();

  constructor(name: string, raw: ServiceModel) {
    this.name = name;
    this.metadata = raw.metadata;
    this.operations = raw.operations;
    this.shapes = raw.shapes;
    for (const [shapeName, shape] of Object.entries(raw.shapes)) {
      if (!shape.exception) continue;
      this.errorShapeByCode.set(shapeName, shapeName);
      if (shape.error?.code) this.errorShapeByCode.set(shape.error.code, shapeName);
    }
  }

  shape(name: string): Shape {
    const shape = this.shapes[name];
    if (!shape) throw new Error(`${this.name}: no shape ${name}`);
    return shape;
  }

  /** The shape behind a reference. */
  resolve(ref: ShapeRef): Shape {
    return this.shape(ref.shape);
  }

  operation(name: string): Operation | undefined {
    return Object.prototype.hasOwnProperty.call(this.operations, name) ? this.operations[name] : undefined;
  }

  /** The error shape for a code, if the model defines one. */
  errorShape(code: string): { name: string; shape: Shape } | undefined {
    const name = this.errorShapeByCode.get(code);
    return name ? { name, shape: this.shapes[name] } : undefined;
  }

  /** The code the query protocol (and awsQueryCompatible JSON) uses for an error. */
  queryErrorCode(code: string): string {
    return this.errorShape(code)?.shape.error?.code ?? code;
  }

  /** Wire protocols this service speaks, in the model's order of preference. */
  protocols(): string[] {
    return this.metadata.protocols ?? [this.metadata.protocol];
  }

  /** The name the service signs requests with (SigV4 credential scope). */
  signingName(): string {
    return this.metadata.signingName ?? this.metadata.endpointPrefix;
  }
}

const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));
const cache = new Map<string, Model>();

/** Loads models/<name>.json once, on first use. */
export function loadModel(name: string): Model {
  let model = cache.get(name);
  if (!model) {
    const raw = JSON.parse(readFileSync(`${MODELS_DIR}${name}.json`, 'utf8')) as ServiceModel;
    model = new Model(name, raw);
    cache.set(name, model);
  }
  return model;
}
