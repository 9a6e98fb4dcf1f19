import { zipSync } from 'fflate';
import { loadModel } from '../../../src/protocol/model.js';
import type { Dictionary } from './generate.js';
import { send } from './send.js';
import { sign } from './send.js';
import { buildRequest, type WireProtocol } from './wire.js';

/**
 * The resources each service's fuzz cases aim at (a queue, a bucket with an
 * object and an open multipart upload, a table with an item, a log group and
 * stream, a metric, alarm and dashboard, a function), created through the same
 * wire builders the fuzz uses, and the dictionary of known-good values that
 * lets generated calls reach past "not found" into the operations.
 */
export const ACCOUNT = '000000000000';
export const REGION = 'us-east-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/fuzz-role`;

/** Adversarial text that no generic generator reaches: deep nesting and long chains in the services' own little languages. */
const DEEP = 3000;
const nested = (open: string, inner: string, close: string, depth = DEEP) => open.repeat(depth) + inner + close.repeat(depth);

export async function call(
  endpoint: string,
  service: string,
  protocol: WireProtocol,
  operation: string,
  input: Record<string, unknown>,
): Promise<{ status: number; body: string }> {
  const model = loadModel(service);
  const host = new URL(endpoint).host;
  const built = buildRequest(model, protocol, model.operation(operation)!, input);
  const answer = await send(endpoint, await sign(built, model.signingName(), host), 30_000);
  return { status: answer.status, body: answer.body.toString('utf8') };
}

async function must(endpoint: string, service: string, protocol: WireProtocol, operation: string, input: Record<string, unknown>): Promise<string> {
  const answer = await call(endpoint, service, protocol, operation, input);
  if (answer.status >= 300) throw new Error(`fixture ${service} ${operation} failed: ${answer.status} ${answer.body.slice(0, 400)}`);
  return answer.body;
}

/** Creates the service's fixtures and answers its dictionary. */
export async function prepare(endpoint: string, service: string): Promise<Dictionary> {
  switch (service) {
    case 'sqs': {
      const queueUrl = `${endpoint}/${ACCOUNT}/fuzz-queue`;
      const fifoUrl = `${endpoint}/${ACCOUNT}/fuzz-queue.fifo`;
      await must(endpoint, 'sqs', 'json', 'CreateQueue', { QueueName: 'fuzz-queue', Attributes: { ReceiveMessageWaitTimeSeconds: '0' } });
      await must(endpoint, 'sqs', 'json', 'CreateQueue', { QueueName: 'fuzz-queue.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } });
      await must(endpoint, 'sqs', 'json', 'SendMessage', { QueueUrl: queueUrl, MessageBody: 'hello' });
      const received = JSON.parse(await must(endpoint, 'sqs', 'json', 'ReceiveMessage', { QueueUrl: queueUrl, WaitTimeSeconds: 0, VisibilityTimeout: 0 }));
      const arn = `arn:aws:sqs:${REGION}:${ACCOUNT}:fuzz-queue`;
      return {
        queueurl: [queueUrl, fifoUrl, `${endpoint}/${ACCOUNT}/missing`],
        queuename: ['fuzz-queue', 'fuzz-queue.fifo'],
        queuenameprefix: ['fuzz'],
        receipthandle: received.Messages?.map((m: { ReceiptHandle: string }) => m.ReceiptHandle) ?? ['x'],
        messagebody: ['hello', '{"a":1}'],
        messagegroupid: ['g1'],
        messagededuplicationid: ['d1'],
        sourcearn: [arn],
        destinationarn: [arn],
        taskhandle: ['eyJ4IjoxfQ=='],
        label: ['fuzz-permission'],
        awsaccountids: [ACCOUNT],
        actions: ['SendMessage', '*'],
        id: ['m1', 'm2'],
        tagkeys: ['team'],
      };
    }
    case 's3': {
      await must(endpoint, 's3', 'rest-xml', 'CreateBucket', { Bucket: 'fuzz-bucket' });
      await must(endpoint, 's3', 'rest-xml', 'PutObject', { Bucket: 'fuzz-bucket', Key: 'fuzz-object', Body: Buffer.from('hello') });
      const upload = await must(endpoint, 's3', 'rest-xml', 'CreateMultipartUpload', { Bucket: 'fuzz-bucket', Key: 'fuzz-upload' });
      const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(upload)?.[1] ?? 'x';
      return {
        bucket: ['fuzz-bucket', 'fuzz-bucket', 'fuzz-bucket', 'fuzz-missing-bucket'],
        expectedbucketowner: [ACCOUNT],
        expectedsourcebucketowner: [ACCOUNT],
        key: ['fuzz-object', 'fuzz-upload', 'dir/a b.txt'],
        uploadid: [uploadId],
        copysource: ['fuzz-bucket/fuzz-object', '/fuzz-bucket/fuzz-object?versionId=null'],
        partnumber: [1, 10000],
        versionid: ['null'],
        body: [Buffer.from('hello')],
        prefix: ['dir/', ''],
        delimiter: ['/'],
        range: ['bytes=0-1', 'bytes=-1', 'bytes=5-', 'bytes=0-0,2-3'],
        policy: [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::fuzz-bucket/*' }] })],
        copysourcerange: ['bytes=0-1'],
      };
    }
    case 'dynamodb': {
      await must(endpoint, 'dynamodb', 'json', 'CreateTable', {
        TableName: 'FuzzTable',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      });
      const item = { pk: { S: 'a' }, sk: { S: 'b' }, n: { N: '1' }, l: { L: [{ S: 'x' }, { N: '2' }] }, m: { M: { c: { SS: ['p', 'q'] } } } };
      await must(endpoint, 'dynamodb', 'json', 'PutItem', { TableName: 'FuzzTable', Item: item });
      let deep: Record<string, unknown> = { S: 'bottom' };
      for (let i = 0; i < 40; i++) deep = { M: { d: deep } };
      const conditions = ['attribute_exists(pk)', 'size(#n) > :v', 'NOT (n = :v) OR sk IN (:v, :p)', 'begins_with(sk, :p) AND contains(l, :v)', nested('(', 'n = :v', ')'), 'n = :v AND '.repeat(DEEP) + 'sk = :p', `${'m.'.repeat(DEEP)}x = :v`, 'l[99999999999999999] = :v', 'n BETWEEN :p AND :v'];
      return {
        tablename: ['FuzzTable', 'MissingTable'],
        key: [{ pk: { S: 'a' }, sk: { S: 'b' } }, { pk: { N: '1' } }],
        item: [item, { pk: { S: 'c' }, sk: { S: 'd' }, deep }],
        keyconditionexpression: ['pk = :v', 'pk = :v AND begins_with(sk, :p)', 'pk = :v AND sk BETWEEN :p AND :v', nested('(', 'pk = :v', ')')],
        conditionexpression: conditions,
        filterexpression: conditions,
        updateexpression: ['SET n = n + :one', 'REMOVE l[0], m.c', 'ADD n :one DELETE m.c :ss', 'SET #n = if_not_exists(#n, :v), l = list_append(l, :l)', `SET ${Array.from({ length: 2000 }, (_, i) => `a${i} = :v`).join(', ')}`, `SET x = ${'n + '.repeat(DEEP)}:one`],
        projectionexpression: ['pk, sk, #n', 'm.c, l[1]', Array.from({ length: 3000 }, (_, i) => `a${i}`).join(', ')],
        expressionattributevalues: [{ ':v': { S: 'a' }, ':p': { S: 'b' }, ':one': { N: '1' }, ':l': { L: [{ S: 'z' }] }, ':ss': { SS: ['p'] } }],
        expressionattributenames: [{ '#n': 'n' }],
        resourcearn: [`arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/FuzzTable`],
        attributename: ['pk', 'sk'],
        indexname: ['ByN'],
        exclusivestartkey: [{ pk: { S: 'a' }, sk: { S: 'b' } }],
      };
    }
    case 'logs': {
      await must(endpoint, 'logs', 'json', 'CreateLogGroup', { logGroupName: 'fuzz-group' });
      await must(endpoint, 'logs', 'json', 'CreateLogStream', { logGroupName: 'fuzz-group', logStreamName: 'fuzz-stream' });
      const now = Date.now();
      await must(endpoint, 'logs', 'json', 'PutLogEvents', {
        logGroupName: 'fuzz-group',
        logStreamName: 'fuzz-stream',
        logEvents: [{ timestamp: now - 1000, message: 'ERROR something {"level":"error","n":5}' }, { timestamp: now, message: '127.0.0.1 frank GET /index.html 200' }],
      });
      const started = JSON.parse(await must(endpoint, 'logs', 'json', 'StartQuery', { logGroupName: 'fuzz-group', startTime: Math.floor(now / 1000) - 3600, endTime: Math.floor(now / 1000) + 60, queryString: 'fields @message' }));
      const groupArn = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:fuzz-group`;
      const patterns = ['ERROR', '{ $.level = "error" }', '[ip, user, verb, path, status = 200]', '?ERROR ?WARN', '"quoted phrase" -excluded', `{ ${'($.n = 1) && '.repeat(DEEP)}$.n = 5 }`, `{ ${nested('(', '$.n > 1', ')')} }`, `[${Array.from({ length: 2000 }, (_, i) => `f${i}`).join(', ')}]`, '{ $.a[99999999999].b = * }', '%[a-z]+(x+)+%'];
      return {
        loggroupname: ['fuzz-group', 'missing-group'],
        loggroupidentifier: ['fuzz-group', groupArn],
        loggroupnames: ['fuzz-group'],
        loggroupidentifiers: ['fuzz-group', groupArn],
        loggroupnameprefix: ['fuzz'],
        logstreamname: ['fuzz-stream'],
        logstreamnames: ['fuzz-stream'],
        logstreamnameprefix: ['fuzz'],
        filterpattern: patterns,
        filtername: ['fuzz-filter'],
        filternameprefix: ['fuzz'],
        querystring: ['fields @message | limit 5', 'stats count(*) by bin(5m)', 'filter @message like /a+b/ | sort @timestamp desc', 'parse @message "* * *" as a, b, c | stats avg(b) by a', `fields ${Array.from({ length: 2000 }, (_, i) => `f${i}`).join(', ')}`, `filter ${nested('(', 'n > 1', ')')}`, 'filter @message like /(a+)+$/'],
        queryid: [started.queryId ?? 'x'],
        resourcearn: [groupArn],
        resourceidentifier: [groupArn],
        loggrouparn: [groupArn],
        starttime: [Math.floor(now / 1000) - 3600, 0],
        endtime: [Math.floor(now / 1000) + 60],
        logeventmessages: ['ERROR a', '{"level":"error"}'],
        destination: ['fuzz-bucket'],
        taskid: ['x'],
      };
    }
    case 'cloudwatch': {
      await must(endpoint, 'cloudwatch', 'json', 'PutMetricData', { Namespace: 'Fuzz', MetricData: [{ MetricName: 'Latency', Value: 5, Unit: 'Milliseconds', Dimensions: [{ Name: 'Host', Value: 'a' }] }] });
      await must(endpoint, 'cloudwatch', 'json', 'PutMetricAlarm', {
        AlarmName: 'fuzz-alarm', Namespace: 'Fuzz', MetricName: 'Latency', Statistic: 'Average', Period: 60, EvaluationPeriods: 1, Threshold: 10, ComparisonOperator: 'GreaterThanThreshold',
      });
      await must(endpoint, 'cloudwatch', 'json', 'PutDashboard', { DashboardName: 'fuzz-dashboard', DashboardBody: '{"widgets":[]}' });
      const alarmArn = `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:fuzz-alarm`;
      const widget = (extra: Record<string, unknown>) => JSON.stringify({ metrics: [['Fuzz', 'Latency', 'Host', 'a']], ...extra });
      return {
        namespace: ['Fuzz', 'AWS/Lambda'],
        metricname: ['Latency'],
        alarmname: ['fuzz-alarm'],
        alarmnames: ['fuzz-alarm', 'missing-alarm'],
        alarmnameprefix: ['fuzz'],
        childrenofalarmname: ['fuzz-alarm'],
        parentsofalarmname: ['fuzz-alarm'],
        dashboardname: ['fuzz-dashboard'],
        dashboardnames: ['fuzz-dashboard'],
        dashboardnameprefix: ['fuzz'],
        dashboardbody: ['{"widgets":[]}', JSON.stringify({ widgets: [{ type: 'metric', x: 0, y: 0, width: 6, height: 6, properties: { metrics: [['Fuzz', 'Latency']], region: REGION } }] }), '{"widgets":[{"type":"text","properties":{"markdown":"' + '#'.repeat(5000) + '"}}]}'],
        metricwidget: [widget({ width: 600, height: 395 }), widget({ width: 2000, height: 2000, start: '-P1000D', period: 1 }), widget({ width: 1e9, height: 1e9 }), widget({ metrics: Array.from({ length: 500 }, (_, i) => ['Fuzz', `M${i}`]) }), widget({ metrics: [[{ expression: nested('(', 'm1', ')', 500), id: 'e1' }], ['Fuzz', 'Latency', { id: 'm1' }]] })],
        outputformat: ['png'],
        resourcearn: [alarmArn],
        expression: ['SUM(METRICS())', 'm1 * 2', "SEARCH('{Fuzz,Host} Latency', 'Average', 60)", nested('(', 'm1', ')'), `${'m1 + '.repeat(DEEP)}m1`, 'FILL(m1, REPEAT)', 'RATE(m1) / PERIOD(m1)'],
        id: ['m1', 'e1'],
        period: [60, 1, 86400],
        stat: ['Average', 'p99', 'TM(10%:90%)', 'p99.9999999'],
        alarmrule: ['ALARM("fuzz-alarm")', `${'ALARM("fuzz-alarm") AND '.repeat(DEEP)}OK("fuzz-alarm")`, nested('(', 'ALARM("fuzz-alarm")', ')'), 'NOT (ALARM(fuzz-alarm) OR TRUE)'],
        statevalue: ['ALARM', 'OK'],
        statereason: ['fuzz'],
        starttime: [new Date(Date.now() - 3_600_000), new Date(0)],
        endtime: [new Date(Date.now() + 60_000), new Date(253402300799000)],
        evaluationperiods: [1, 5],
        datapointstoalarm: [1],
        threshold: [10],
      };
    }
    case 'lambda': {
      const code = Buffer.from(zipSync({ 'index.js': new TextEncoder().encode('exports.handler = async () => ({ ok: true });\n') }));
      await must(endpoint, 'lambda', 'rest-json', 'CreateFunction', { FunctionName: 'fuzz-fn', Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: code } });
      await must(endpoint, 'lambda', 'rest-json', 'PublishVersion', { FunctionName: 'fuzz-fn' });
      await must(endpoint, 'lambda', 'rest-json', 'CreateAlias', { FunctionName: 'fuzz-fn', Name: 'live', FunctionVersion: '1' });
      const functionArn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:fuzz-fn`;
      return {
        functionname: ['fuzz-fn', functionArn, `${functionArn}:live`, 'fuzz-fn:1', 'missing-fn'],
        name: ['live', 'fuzz-alias'],
        functionversion: ['$LATEST', '1'],
        qualifier: ['$LATEST', '1', 'live'],
        role: [ROLE],
        handler: ['index.handler'],
        zipfile: [code],
        resource: [functionArn],
        arn: [functionArn],
        layername: ['fuzz-layer'],
        versionnumber: [1],
        statementid: ['s1'],
        principal: ['s3.amazonaws.com', '*'],
        action: ['lambda:InvokeFunction'],
        s3bucket: ['fuzz-bucket'],
        s3key: ['fuzz-object'],
        marker: ['x'],
        revisionid: ['x'],
        compatibleruntime: ['nodejs20.x'],
      };
    }
    default:
      return {};
  }
}
