import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { AwsError } from '../../src/core/errors.js';
import { codecFor } from '../../src/protocol/codecs.js';
import type { Model, Operation } from '../../src/protocol/model.js';
import type { ProtocolName, WireResponse } from '../../src/protocol/types.js';
import { canonical, caseModel, drainStreams, loadCases, providerValue, wireRequestOf, type ComplianceCase } from './compliance/cases.js';

/**
 * AWS's protocol compliance tests (Smithy's aws-protocol-tests, as botocore carries them in
 * test/fixtures/protocol-tests) run in the server's direction, with no server process:
 * - every input case's serialized request routes to its operation and parses to exactly its params;
 * - every output case's result (or error), serialized by Nimbus, parses back in botocore to exactly
 *   that result (one python3 process for the whole batch).
 * A case that cannot apply to a server is listed with the reason in compliance/not-applicable.json
 * (a key names one case, or a whole file); a listed case that passes fails the test, so the list
 * never outlives its reason.
 */
const NOT_APPLICABLE = JSON.parse(readFileSync(new URL('./compliance/not-applicable.json', import.meta.url), 'utf8')) as Record<string, string>;
const BOTOCORE_PARSE = fileURLToPath(new URL('./compliance/botocore-parse.py', import.meta.url));
const REQUEST_ID = 'compliance-request-id';

function reasonNotApplicable(c: ComplianceCase): string | undefined {
  return NOT_APPLICABLE[c.key] ?? NOT_APPLICABLE[c.file];
}

async function checkCase(c: ComplianceCase, check: () => Promise<void>): Promise<void> {
  const reason = reasonNotApplicable(c);
  if (!reason) return check();
  let passed = false;
  try {
    await check();
    passed = true;
  } catch {
    // Expected: the case does not apply to a server.
  }
  assert.ok(!passed, `${c.key} passes but is listed as not applicable (${reason}): take it off the list`);
}

function codecOf(c: ComplianceCase) {
  const codec = codecFor(c.suite.metadata.protocol as ProtocolName);
  if (!codec) throw new Error(`Nimbus has no ${c.suite.metadata.protocol} codec`);
  return codec;
}

/** As the gateway does: a streaming blob payload reaches the codec as a stream, not a buffer. */
function hasStreamingInput(model: Model, operation: Operation): boolean {
  if (!operation.input) return false;
  const input = model.resolve(operation.input);
  const payload = input.payload ? input.members?.[input.payload] : undefined;
  if (!payload) return false;
  const shape = model.resolve(payload);
  return Boolean(shape.streaming || payload.streaming) && shape.type === 'blob';
}

async function checkInput(c: ComplianceCase): Promise<void> {
  const codec = codecOf(c);
  const model = caseModel(c);
  const wire = wireRequestOf(c);
  assert.equal(codec.operationName(model, wire), c.given.name, 'routes to its operation');
  const operation = model.operation(c.given.name)!;
  const rest = codec.name === 'rest-json' || codec.name === 'rest-xml';
  if (rest && hasStreamingInput(model, operation)) {
    wire.bodyStream = Readable.from([wire.body]);
    wire.body = Buffer.alloc(0);
  }
  const parsed = await drainStreams(codec.parse(model, operation, wire));
  if (!operation.input) {
    assert.deepEqual(parsed, c.params ?? {});
    return;
  }
  assert.deepStrictEqual(canonical(model, operation.input, parsed), canonical(model, operation.input, c.params ?? {}));
}

async function bodyBytes(body: WireResponse['body']): Promise<Buffer> {
  if (body === undefined) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Nimbus's response to an output case: the result serialized, or the error. */
async function serializeOutput(c: ComplianceCase): Promise<WireResponse> {
  const codec = codecOf(c);
  const model = caseModel(c);
  const operation = model.operation(c.given.name)!;
  if (c.error) {
    const errorShape = model.errorShape(c.errorCode ?? '');
    const fields = errorShape ? providerValue(model, { shape: errorShape.name }, c.error) : c.error;
    const error = new AwsError(c.errorCode ?? '', c.errorMessage ?? '', c.response!.status_code, { fields: fields as Record<string, unknown> });
    return codec.serializeError(model, operation, error, { requestId: REQUEST_ID });
  }
  const output = operation.output ? providerValue(model, operation.output, c.result ?? {}) : c.result;
  return codec.serialize(model, operation, output as Record<string, unknown>, { requestId: REQUEST_ID });
}

function expectedOutput(c: ComplianceCase): unknown {
  const model = caseModel(c);
  if (c.error) {
    const errorShape = model.errorShape(c.errorCode ?? '');
    const fields = errorShape ? canonical(model, { shape: errorShape.name }, c.error) : c.error;
    return { Error: { Code: c.errorCode ?? '', Message: c.errorMessage ?? '' }, ...(fields as object) };
  }
  const operation = model.operation(c.given.name)!;
  return operation.output ? canonical(model, operation.output, c.result ?? {}) : (c.result ?? {});
}

function canonicalParsed(c: ComplianceCase, parsed: Record<string, unknown>): unknown {
  const model = caseModel(c);
  if (c.error) {
    const errorShape = model.errorShape(c.errorCode ?? '');
    const { Error: error, ...fields } = parsed;
    return { Error: error, ...(errorShape ? (canonical(model, { shape: errorShape.name }, fields) as object) : fields) };
  }
  const operation = model.operation(c.given.name)!;
  return operation.output ? canonical(model, operation.output, parsed) : parsed;
}

describe('protocol compliance: the not-applicable list', () => {
  it('names only cases and files that exist', () => {
    const keys = new Set<string>();
    for (const c of [...loadCases('input'), ...loadCases('output')]) keys.add(c.key).add(c.file);
    assert.deepEqual(Object.keys(NOT_APPLICABLE).filter((key) => !keys.has(key)), []);
  });
});

describe('protocol compliance: requests parse to their params', () => {
  for (const c of loadCases('input')) {
    it(c.key, () => checkCase(c, () => checkInput(c)));
  }
});

describe('protocol compliance: results serialized by Nimbus parse back in botocore', () => {
  const cases = loadCases('output');
  const responses = new Map<string, WireResponse | Error>();
  const parsedByKey = new Map<string, { parsed?: Record<string, unknown>; failure?: string }>();

  before(async () => {
    const batch: unknown[] = [];
    for (const c of cases) {
      let response: WireResponse;
      try {
        response = await serializeOutput(c);
      } catch (error) {
        responses.set(c.key, error as Error);
        continue;
      }
      responses.set(c.key, response);
      batch.push({
        key: c.key,
        metadata: c.suite.metadata,
        shapes: c.suite.shapes,
        given: caseModel(c).operation(c.given.name),
        error: Boolean(c.error),
        response: { status_code: response.status, headers: response.headers, body: (await bodyBytes(response.body)).toString('base64') },
      });
    }
    const run = spawnSync('python3', [BOTOCORE_PARSE], { input: JSON.stringify(batch), maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    for (const entry of JSON.parse(run.stdout) as Array<{ key: string; parsed?: Record<string, unknown>; failure?: string }>) {
      parsedByKey.set(entry.key, entry);
    }
  });

  for (const c of cases) {
    it(c.key, () =>
      checkCase(c, async () => {
        const response = responses.get(c.key);
        if (response instanceof Error) throw response;
        const entry = parsedByKey.get(c.key);
        assert.ok(entry, 'botocore answered for the case');
        assert.equal(entry.failure, undefined, `botocore could not parse Nimbus's response: ${entry.failure}`);
        assert.deepStrictEqual(canonicalParsed(c, entry.parsed!), expectedOutput(c));
      }),
    );
  }
});
