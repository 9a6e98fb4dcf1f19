import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  GetDurableExecutionCommand,
  GetDurableExecutionHistoryCommand,
  PublishVersionCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { createFunction, eventually } from './support.js';

/** The official durable execution SDK as a function's zip carries it: node_modules/@aws/durable-execution-sdk-js (ES module build). */
export function durableSdkFiles(): Record<string, string> {
  // The package exports no ./package.json: find its folder from the CommonJS entry point (dist-cjs/index.js).
  const root = dirname(dirname(createRequire(import.meta.url).resolve('@aws/durable-execution-sdk-js')));
  const packageJson = join(root, 'package.json');
  const base = 'node_modules/@aws/durable-execution-sdk-js';
  return {
    [`${base}/package.json`]: readFileSync(packageJson, 'utf8'),
    [`${base}/dist/index.mjs`]: readFileSync(join(root, 'dist', 'index.mjs'), 'utf8'),
  };
}

/**
 * The top of a durable function's module: the SDK's wrapper, given the runtime's Lambda client for
 * its checkpoints (the SDK would make the same one itself; naming it here also tells Nimbus the
 * function uses @aws-sdk/client-lambda, which the runtime provides as AWS's does).
 */
export const DURABLE_PRELUDE = `
  import { withDurableExecution } from '@aws/durable-execution-sdk-js';
  import { LambdaClient } from '@aws-sdk/client-lambda';
  const durable = (handler) => withDurableExecution(handler, { client: new LambdaClient({}) });`;

/** Creates a durable function (DurableConfig) from handler code using the SDK, and publishes version 1. */
export async function createDurableFunction(lambda: LambdaClient, name: string, source: string, durable: { ExecutionTimeout: number; RetentionPeriodInDays?: number } = { ExecutionTimeout: 86_400 }) {
  await createFunction(lambda, name, { 'index.mjs': source, ...durableSdkFiles() }, { Timeout: 30, DurableConfig: durable });
  return lambda.send(new PublishVersionCommand({ FunctionName: name }));
}

/** Waits (real time, short polls) until the execution reaches one of the statuses. */
export async function executionStatus(lambda: LambdaClient, arn: string, statuses: string[], ms = 20_000) {
  return eventually(async () => {
    const out = await lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn }));
    return statuses.includes(out.Status!) ? out : undefined;
  }, ms, `execution ${arn} to reach ${statuses.join('/')}`);
}

/** The execution's history events (with payloads), every page. */
export async function historyOf(lambda: LambdaClient, arn: string) {
  const events = [];
  let marker: string | undefined;
  do {
    const page = await lambda.send(new GetDurableExecutionHistoryCommand({ DurableExecutionArn: arn, IncludeExecutionData: true, Marker: marker }));
    events.push(...(page.Events ?? []));
    marker = page.NextMarker;
  } while (marker);
  return events;
}

/** Waits until the history holds an event of this type (and answers it). */
export async function eventOf(lambda: LambdaClient, arn: string, type: string, ms = 20_000) {
  return eventually(async () => (await historyOf(lambda, arn)).find((event) => event.EventType === type), ms, `${type} in ${arn}`);
}

/** Runs a boto3 script with `lambda` (a client on the cloud) and `arn` bound; answers what it prints as JSON. */
export function boto3Lambda(cloud: Cloud, script: string, arn: string): Promise<any> {
  const program = `import boto3, json, sys\nlambda_ = boto3.client('lambda', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')\narn = sys.argv[2]\n${script}`;
  return new Promise((resolve, reject) =>
    execFile('python3', ['-c', program, cloud.endpoint, arn], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' }, timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    ),
  );
}
