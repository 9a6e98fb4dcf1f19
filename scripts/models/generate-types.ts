/**
 * Generates TypeScript from models/: one file of input/output types and an
 * operations interface per service (src/generated/<service>.ts), and the
 * routing catalog (src/generated/catalog.ts) so the gateway can route a
 * request without loading any model at start-up.
 * Run: npm run models (after regenerate.py) or node --import tsx scripts/models/generate-types.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServiceModel, Shape, ShapeRef } from '../../src/protocol/model.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const modelsDir = `${root}models/`;
const outDir = `${root}src/generated/`;
mkdirSync(outDir, { recursive: true });

const RESERVED = new Set([
  'String', 'Number', 'Boolean', 'Object', 'Date', 'Error', 'Record', 'Array', 'Map', 'Set', 'Promise',
  'Buffer', 'Function', 'Symbol', 'Long', 'Integer', 'Double', 'Float', 'Blob', 'Timestamp', 'Readable',
  'RequestContext', 'Partial', 'Uint8Array', 'Event', 'Request', 'Response', 'URL', 'Headers', 'JSON', 'Math',
  'Body', 'Metadata', 'Tag', 'Type',
]);

function typeName(shapeName: string): string {
  const clean = shapeName.replace(/[^A-Za-z0-9_]/g, '_');
  return RESERVED.has(clean) || /^\d/.test(clean) ? `${clean}Shape` : clean;
}

function pascal(service: string): string {
  return service.charAt(0).toUpperCase() + service.slice(1);
}

function generateService(service: string, model: ServiceModel): string {
  const lines: string[] = [
    `// Generated from models/${service}.json by scripts/models/generate-types.ts. Do not edit.`,
    `import type { Readable } from 'node:stream';`,
    `import type { RequestContext } from '../core/context.js';`,
    '',
  ];
  const emitted = new Set<string>();
  const queue: string[] = [];

  const ref = (r: ShapeRef): string => inline(r.shape, model.shapes[r.shape], r);
  const inline = (name: string, shape: Shape, at?: ShapeRef): string => {
    switch (shape.type) {
      case 'structure':
        if (shape.document) return 'unknown';
        queue.push(name);
        return typeName(name);
      case 'list':
        return `Array<${ref(shape.member!)}>`;
      case 'map':
        return `Record<string, ${ref(shape.value!)}>`;
      case 'string':
        if (shape.enum) return shape.enum.map((v) => JSON.stringify(v)).join(' | ');
        return 'string';
      case 'boolean':
        return 'boolean';
      case 'timestamp':
        return 'Date';
      case 'blob':
        return shape.streaming || at?.streaming ? 'Buffer | Readable' : 'Buffer';
      case 'bigdecimal':
      case 'biginteger':
        return 'number';
      default:
        return 'number';
    }
  };

  const ops = Object.values(model.operations).sort((a, b) => a.name.localeCompare(b.name));
  const opLines: string[] = [];
  for (const op of ops) {
    const input = op.input ? typeName(op.input.shape) : 'Record<string, never>';
    const output = op.output ? typeName(op.output.shape) : 'void';
    if (op.input) queue.push(op.input.shape);
    if (op.output) queue.push(op.output.shape);
    opLines.push(`  ${op.name}(input: ${input}, context: RequestContext): ${output} | Promise<${output}>;`);
  }
  for (const shape of Object.entries(model.shapes)) if (shape[1].exception) queue.push(shape[0]);

  const body: string[] = [];
  while (queue.length) {
    const name = queue.shift()!;
    if (emitted.has(name)) continue;
    emitted.add(name);
    const shape = model.shapes[name];
    const required = new Set(shape.required ?? []);
    body.push(`export interface ${typeName(name)} {`);
    for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
      const key = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(member) ? member : JSON.stringify(member);
      body.push(`  ${key}${required.has(member) ? '' : '?'}: ${ref(memberRef)};`);
    }
    body.push('}', '');
  }
  lines.push(...body);
  lines.push(`/** Every operation of ${model.metadata.serviceFullName}; a provider implements the ones it serves. */`);
  lines.push(`export interface ${pascal(service)}Operations {`, ...opLines, '}', '');
  return lines.join('\n');
}

function queryActionsOf(model: ServiceModel): string[] | undefined {
  const protocols = model.metadata.protocols ?? [model.metadata.protocol];
  if (!protocols.includes('query') && !model.metadata.awsQueryCompatible) return undefined;
  return Object.keys(model.operations).sort();
}

/** Up to two literal segments before the first label: /2015-03-31/functions, /v1/pipes, /TraceSegments. */
function pathPrefixesOf(model: ServiceModel): string[] | undefined {
  const protocols = model.metadata.protocols ?? [model.metadata.protocol];
  if (!protocols.some((p) => p === 'rest-json' || p === 'rest-xml')) return undefined;
  const prefixes = new Set<string>();
  for (const operation of Object.values(model.operations)) {
    const uri = operation.http?.requestUri?.split('?')[0] ?? '';
    const literal: string[] = [];
    for (const segment of uri.split('/').slice(1)) {
      if (!segment || segment.includes('{') || literal.length === 2) break;
      literal.push(segment);
    }
    if (literal.length) prefixes.add(`/${literal.join('/')}`);
  }
  return [...prefixes].sort();
}

const catalog: string[] = [
  '// Generated from models/ by scripts/models/generate-types.ts. Do not edit.',
  "// What the gateway needs to route a request, without loading a model.",
  'export interface ServiceRouting {',
  '  model: string;',
  '  signingName: string;',
  '  endpointPrefix: string;',
  '  targetPrefix?: string;',
  '  protocols: string[];',
  '  queryCompatible: boolean;',
  '  /** Query-protocol services: every Action, so an unsigned form request finds its service without a model. */',
  '  queryActions?: string[];',
  '  /** REST services but S3: the literal start of their request URIs, which tells an unsigned request apart. */',
  '  pathPrefixes?: string[];',
  '}',
  '',
  'export const SERVICE_ROUTING: ServiceRouting[] = [',
];
for (const file of readdirSync(modelsDir).filter((f) => f.endsWith('.json')).sort()) {
  const service = file.replace(/\.json$/, '');
  const model = JSON.parse(readFileSync(`${modelsDir}${file}`, 'utf8')) as ServiceModel;
  writeFileSync(`${outDir}${service}.ts`, generateService(service, model));
  const meta = model.metadata;
  const routing = {
    model: service,
    signingName: meta.signingName ?? meta.endpointPrefix,
    endpointPrefix: meta.endpointPrefix,
    targetPrefix: meta.targetPrefix,
    protocols: meta.protocols ?? [meta.protocol],
    queryCompatible: Boolean(meta.awsQueryCompatible),
    queryActions: queryActionsOf(model),
    pathPrefixes: service === 's3' ? undefined : pathPrefixesOf(model),
  };
  catalog.push(`  ${JSON.stringify(routing)},`);
}
catalog.push('];', '');
writeFileSync(`${outDir}catalog.ts`, catalog.join('\n'));
console.log(`generated ${outDir}`);
