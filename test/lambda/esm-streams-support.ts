import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig } from '../support/cloud.js';
import type { LambdaApi } from '../../src/services/lambda/api.js';
import type { EventSourceMapping, MappingRunnerHost } from '../../src/services/lambda/event-source-mappings/runner.js';

export const ACCOUNT = '000000000000';
export const REGION = 'us-east-1';
export const functionArnOf = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;

/**
 * The one function the stream tests use. A record's value is its Kinesis data (JSON `v`, or the
 * text) or its DynamoDB NewImage `v`. "poison" fails the whole batch; "reject" is reported in
 * batchItemFailures; in a tumbling window the state counts the records seen ("huge" makes it
 * pass 1 MB). A value "slow"
 * keeps the invocation 60 ms, so parallel batches overlap.
 */
export const STREAM_FUNCTION = `
const valueOf = (r) => {
  if (r.kinesis) {
    const text = Buffer.from(r.kinesis.data, 'base64').toString('utf8');
    try { return JSON.parse(text).v; } catch { return text; }
  }
  return r.dynamodb && r.dynamodb.NewImage && r.dynamodb.NewImage.v ? r.dynamodb.NewImage.v.S : undefined;
};
const sequenceOf = (r) => (r.kinesis ? r.kinesis.sequenceNumber : r.dynamodb.SequenceNumber);
exports.handler = async (event) => {
  const values = event.Records.map(valueOf);
  if (values.includes('poison')) throw new Error('poison record');
  if (values.some((v) => String(v).startsWith('slow'))) await new Promise((r) => setTimeout(r, 60));
  const batchItemFailures = event.Records.filter((r) => valueOf(r) === 'reject').map((r) => ({ itemIdentifier: sequenceOf(r) }));
  console.log('PROCESSED ' + JSON.stringify({ values, role: event.Records.length ? event.Records[0].invokeIdentityArn : undefined, state: event.state && event.state.blob ? { count: event.state.count } : event.state, final: event.isFinalInvokeForWindow }));
  if (event.window && values.includes('huge')) return { state: { count: (event.state.count || 0) + event.Records.length, blob: 'x'.repeat(1100000) } };
  if (event.window) return { state: { count: (event.state.count || 0) + event.Records.length }, batchItemFailures };
  return { batchItemFailures };
};`;

/** One call the runner made, as the test's host saw it. */
export interface Call {
  event: any;
  ok: boolean;
}

/** A mapping's settings with AWS's defaults, as the engine hands them to a runner. */
export function mappingFor(uuid: string, functionName: string, eventSourceArn: string, settings: Partial<EventSourceMapping> = {}): EventSourceMapping {
  return {
    uuid,
    arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:event-source-mapping:${uuid}`,
    account: ACCOUNT,
    region: REGION,
    functionArn: functionArnOf(functionName),
    eventSourceArn,
    batchSize: 100,
    maximumBatchingWindowInSeconds: 0,
    startingPosition: 'TRIM_HORIZON',
    parallelizationFactor: 1,
    maximumRetryAttempts: -1,
    maximumRecordAgeInSeconds: -1,
    bisectBatchOnFunctionError: false,
    reportBatchItemFailures: false,
    tumblingWindowInSeconds: 0,
    filterPatterns: [],
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/stream-reader`,
    ...settings,
  };
}

/** A host as the engine builds one: the real Lambda invoked synchronously, every call kept. */
export function recordingHost(cloud: Cloud, mapping: EventSourceMapping) {
  const calls: Call[] = [];
  const results: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const host: MappingRunnerHost = {
    runtime: cloud.runtime,
    async invokeFunction(event) {
      const lambda = await cloud.runtime.api<LambdaApi>('lambda');
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        const out = await lambda.invoke({ functionArn: mapping.functionArn, payload: JSON.stringify(event), account: mapping.account });
        calls.push({ event, ok: !out.functionError });
        return { ok: !out.functionError, payload: out.payload, functionError: out.functionError };
      } finally {
        inFlight--;
      }
    },
    setLastProcessingResult: (result) => results.push(result),
    log: { warn: () => undefined },
  };
  return { host, calls, results, mostInFlight: () => mostInFlight };
}

/** A Kinesis or DynamoDB record's value, as the function reads it. */
export function valueOf(record: any): string | undefined {
  if (record.kinesis) {
    const text = Buffer.from(record.kinesis.data, 'base64').toString('utf8');
    try {
      return JSON.parse(text).v;
    } catch {
      return text;
    }
  }
  return record.dynamodb?.NewImage?.v?.S;
}

/** The values of the records the function took (calls that succeeded), in call order. */
export function processed(calls: Call[]): string[] {
  return calls.filter((c) => c.ok).flatMap((c) => c.event.Records.map(valueOf));
}

/** A batch as the function logged it: its values, the role its records named, the window state it was given. */
export interface LoggedBatch {
  values: string[];
  role?: string;
  state?: Record<string, unknown>;
  final?: boolean;
}

/** What a function run by a real mapping logged it processed (its PROCESSED lines), in log order. */
export async function loggedBatches(cloud: Cloud, functionName: string): Promise<LoggedBatch[]> {
  const logs = new CloudWatchLogsClient(clientConfig(cloud));
  try {
    const batches: LoggedBatch[] = [];
    let nextToken: string | undefined;
    do {
      const page = await logs.send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${functionName}`, filterPattern: '"PROCESSED"', nextToken }));
      for (const event of page.events ?? []) {
        const at = event.message!.indexOf('PROCESSED ');
        if (at < 0) continue;
        try {
          batches.push(JSON.parse(event.message!.slice(at + 'PROCESSED '.length)));
        } catch {
          // A line cut short (a log event is at most 256 KB): not one of the tests' batches.
        }
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return batches;
  } catch {
    return [];
  } finally {
    logs.destroy();
  }
}
