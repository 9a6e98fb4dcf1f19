// iam-enforcement: what --enforce-iam costs the server per request. Two Nimbus, one with
// enforcement off and one with it on, each with a user whose 10 attached managed policies
// (one of them granting the queue) are evaluated on every call; the same client (in another
// process, so this process's CPU time is the servers' alone) runs SQS SendMessage →
// ReceiveMessage → DeleteMessage round trips as that user against each, in alternating blocks.
// Both sides resolve the user's key (identity is always resolved); only authorization differs.
import { AttachUserPolicyCommand, CreateAccessKeyCommand, CreatePolicyCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { fileURLToPath } from 'node:url';
import { startCloud } from '../dist/index.js';
import { startClientProcess } from './client-process.js';
import { round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_EXTRA = 0.1;
const POLICIES = 10;

const CLIENT = `
const http = require('http');
const { SQSClient, SendMessageCommand, ReceiveMessageCommand, DeleteMessageCommand } = require('@aws-sdk/client-sqs');
const { NodeHttpHandler } = require('@smithy/node-http-handler');
const clients = new Map();
const client = (task) => {
  if (!clients.has(task.port)) clients.set(task.port, new SQSClient({ endpoint: 'http://127.0.0.1:' + task.port, region: 'us-east-1', maxAttempts: 1,
    credentials: { accessKeyId: task.accessKeyId, secretAccessKey: task.secretAccessKey },
    requestHandler: new NodeHttpHandler({ httpAgent: new http.Agent({ keepAlive: true, maxSockets: 1 }) }) }));
  return clients.get(task.port);
};
async function run(task) {
  const c = client(task);
  for (let i = 0; i < task.count; i++) {
    await c.send(new SendMessageCommand({ QueueUrl: task.queueUrl, MessageBody: 'bench' }));
    const got = await c.send(new ReceiveMessageCommand({ QueueUrl: task.queueUrl, MaxNumberOfMessages: 1 }));
    const message = got.Messages && got.Messages[0];
    if (!message) throw new Error('no message received right after SendMessage');
    await c.send(new DeleteMessageCommand({ QueueUrl: task.queueUrl, ReceiptHandle: message.ReceiptHandle }));
  }
  return task.count;
}
`;

/** Policies shaped like real ones: several statements on other services, one granting the queue. */
function policyDocument(index: number, queueArn: string): string {
  const statements: object[] = [
    { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: `arn:aws:dynamodb:us-east-1:000000000000:table/t${index}` },
    { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${index}/*`, Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } },
    { Effect: 'Deny', Action: 'sqs:DeleteQueue', Resource: '*' },
  ];
  if (index === POLICIES - 1) statements.push({ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage'], Resource: queueArn });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

interface Side {
  name: 'off' | 'on';
  port: number;
  task: { port: number; queueUrl: string; accessKeyId: string; secretAccessKey: string };
  cpuUs: number;
  roundTrips: number;
  wallMs: number;
}

async function prepare(name: Side['name'], endpoint: string, port: number): Promise<Side> {
  const config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 };
  const iam = new IAMClient(config);
  const sqs = new SQSClient(config);
  try {
    const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'bench' }))).QueueUrl!;
    await iam.send(new CreateUserCommand({ UserName: 'bench' }));
    for (let i = 0; i < POLICIES; i++) {
      const policy = (await iam.send(new CreatePolicyCommand({ PolicyName: `bench-${i}`, PolicyDocument: policyDocument(i, 'arn:aws:sqs:us-east-1:000000000000:bench') }))).Policy!;
      await iam.send(new AttachUserPolicyCommand({ UserName: 'bench', PolicyArn: policy.Arn! }));
    }
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'bench' }))).AccessKey!;
    return { name, port, task: { port, queueUrl, accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! }, cpuUs: 0, roundTrips: 0, wallMs: 0 };
  } finally {
    iam.destroy();
    sqs.destroy();
  }
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const perBlock = quick ? 100 : 250;
  const rounds = quick ? 6 : 16;
  const off = await startCloud({ port: 0, logLevel: 'silent', enforceIam: false });
  const on = await startCloud({ port: 0, logLevel: 'silent', enforceIam: true });
  const client = startClientProcess('iam-enforcement', CLIENT, ROOT);
  const sides = [await prepare('off', off.endpoint, off.port), await prepare('on', on.endpoint, on.port)] as const;
  try {
    // Warm-up: module loads, JIT, the first policy parse.
    for (const side of sides) await client.send({ ...side.task, count: perBlock });
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? sides : ([sides[1], sides[0]] as const);
      for (const side of order) {
        const before = process.cpuUsage();
        const done = await client.send<number>({ ...side.task, count: perBlock });
        const used = process.cpuUsage(before);
        side.cpuUs += used.user + used.system;
        side.roundTrips += done.result;
        side.wallMs += done.ms;
      }
    }
    log(`iam-enforcement: ${rounds} rounds of ${perBlock} round trips a side`);
  } finally {
    client.close();
    await off.close();
    await on.close();
  }
  const scenario = 'iam-enforcement';
  const perRoundTrip = (side: Side) => side.cpuUs / side.roundTrips;
  const [offSide, onSide] = sides;
  const extra = perRoundTrip(onSide) / perRoundTrip(offSide) - 1;
  const rows: Row[] = [];
  for (const side of sides) {
    rows.push(
      { scenario, subject: `enforcement ${side.name}`, metric: 'server CPU per SQS round trip (3 requests)', value: round(perRoundTrip(side), 1), unit: 'µs' },
      { scenario, subject: `enforcement ${side.name}`, metric: 'round trips/s', value: round((side.roundTrips / side.wallMs) * 1000, 0), unit: '/s' },
    );
  }
  rows.push({
    scenario,
    subject: `on / off (a user with ${POLICIES} attached policies)`,
    metric: 'extra server CPU',
    value: round(extra * 100, 1),
    unit: '%',
    target: `< ${TARGET_EXTRA * 100}%`,
    met: extra < TARGET_EXTRA,
  });
  return {
    rows,
    data: { perBlock, rounds, policies: POLICIES, sides: sides.map((side) => ({ name: side.name, cpuUs: side.cpuUs, roundTrips: side.roundTrips, wallMs: round(side.wallMs, 1) })), extra: round(extra, 4) },
  };
}
