import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, encode, lambdaProcesses, logOf } from './support.js';
import { expectAwsError } from '../support/errors.js';


/** Python functions on the local python3, and custom runtimes: the function's own `bootstrap` speaking the Runtime API. */
describe('Lambda Python and provided runtimes', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let blobRoot: string;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    blobRoot = cloud.runtime.store.blobDir('lambda');
  });
  after(async () => {
    lambda.destroy();
    await cloud.close();
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(lambdaProcesses(blobRoot), []);
  });

  const invoke = (name: string, payload: unknown = {}) => lambda.send(new InvokeCommand({ FunctionName: name, Payload: encode(payload), LogType: 'Tail' }));

  test('a Python handler with its context object; init runs once', async () => {
    await createFunction(lambda, 'py', {
      'lambda_function.py': [
        'import os, logging',
        'logger = logging.getLogger()',
        'logger.setLevel(logging.INFO)',
        'INITS = 0',
        'INITS += 1',
        'print("init ran")',
        'CALLS = {"n": 0}',
        'def lambda_handler(event, context):',
        '    CALLS["n"] += 1',
        '    logger.info("handling %s", event.get("name"))',
        '    return {',
        '        "hello": event.get("name"), "inits": INITS, "calls": CALLS["n"],',
        '        "function_name": context.function_name, "version": context.function_version,',
        '        "arn": context.invoked_function_arn, "memory": context.memory_limit_in_mb,',
        '        "request_id": context.aws_request_id, "group": context.log_group_name, "stream": context.log_stream_name,',
        '        "remaining": context.get_remaining_time_in_millis(), "region": os.environ["AWS_REGION"],',
        '        "exec_env": os.environ["AWS_EXECUTION_ENV"],',
        '    }',
      ].join('\n'),
    }, { Runtime: 'python3.12', Handler: 'lambda_function.lambda_handler' });
    const first = await invoke('py', { name: 'nimbus' });
    assert.equal(first.FunctionError, undefined, new TextDecoder().decode(first.Payload));
    const body = decode(first.Payload);
    assert.equal(body.hello, 'nimbus');
    assert.equal(body.function_name, 'py');
    assert.equal(body.version, '$LATEST');
    assert.equal(body.arn, 'arn:aws:lambda:us-east-1:000000000000:function:py');
    assert.equal(body.memory, '128');
    assert.equal(body.request_id, first.$metadata.requestId);
    assert.equal(body.group, '/aws/lambda/py');
    assert.match(body.stream, /^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    assert.ok(body.remaining > 0 && body.remaining <= 3000);
    assert.equal(body.exec_env, 'AWS_Lambda_python3.12');
    assert.match(logOf(first), /\ninit ran\n/);
    assert.match(logOf(first), new RegExp(`\\[INFO\\]\\t\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\t${first.$metadata.requestId}\\thandling nimbus\\n`));
    assert.match(logOf(first), /Init Duration/);
    const second = decode((await invoke('py', { name: 'again' })).Payload);
    assert.deepEqual([second.inits, second.calls], [1, 2]);
  });

  test('Python errors as AWS reports them', async () => {
    await createFunction(lambda, 'py-error', {
      'app/main.py': 'def handler(event, context):\n    raise ValueError("nope")\n',
    }, { Runtime: 'python3.11', Handler: 'app/main.handler' });
    const out = await invoke('py-error');
    assert.equal(out.FunctionError, 'Unhandled');
    const error = decode(out.Payload);
    assert.equal(error.errorType, 'ValueError');
    assert.equal(error.errorMessage, 'nope');
    assert.equal(error.requestId, out.$metadata.requestId);
    assert.ok(error.stackTrace.some((line: string) => line.includes('raise ValueError("nope")')));
    assert.match(logOf(out), /\[ERROR\] ValueError: nope\nTraceback \(most recent call last\):/);

    await createFunction(lambda, 'py-missing', { 'other.py': 'x = 1\n' }, { Runtime: 'python3.13', Handler: 'lambda_function.handler' });
    const missing = decode((await invoke('py-missing')).Payload);
    assert.equal(missing.errorType, 'Runtime.ImportModuleError');
    assert.equal(missing.errorMessage, "Unable to import module 'lambda_function': No module named 'lambda_function'");

    await createFunction(lambda, 'py-nohandler', { 'lambda_function.py': 'x = 1\n' }, { Runtime: 'python3.9', Handler: 'lambda_function.handler' });
    const noHandler = decode((await invoke('py-nohandler')).Payload);
    assert.equal(noHandler.errorType, 'Runtime.HandlerNotFound');
    assert.equal(noHandler.errorMessage, "Handler 'handler' missing on module 'lambda_function'");
  });

  test('a provided.al2023 function: a shell-script bootstrap polling the Runtime API with curl', async () => {
    const bootstrap = [
      '#!/bin/sh',
      'set -eu',
      'echo "bootstrap starting in $LAMBDA_TASK_ROOT"',
      'COUNT=0',
      'while true; do',
      '  HEADERS="$(mktemp)"',
      '  EVENT=$(curl -sS -LD "$HEADERS" "http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/next")',
      '  REQUEST_ID=$(grep -Fi Lambda-Runtime-Aws-Request-Id "$HEADERS" | tr -d "[:space:]" | cut -d: -f2)',
      '  COUNT=$((COUNT + 1))',
      '  echo "handling $REQUEST_ID"',
      '  case "$EVENT" in',
      '    *fail*) curl -sS -X POST -H "Lambda-Runtime-Function-Error-Type: Custom.Failure" "http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/$REQUEST_ID/error" -d \'{"errorMessage":"asked to fail","errorType":"Custom.Failure"}\' > /dev/null ;;',
      '    *) curl -sS -X POST "http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/$REQUEST_ID/response" -d "{\\"echo\\":$EVENT,\\"count\\":$COUNT,\\"handler\\":\\"$_HANDLER\\"}" > /dev/null ;;',
      '  esac',
      'done',
    ].join('\n');
    await createFunction(lambda, 'custom', { 'bootstrap!': bootstrap }, { Runtime: 'provided.al2023', Handler: 'function.handler' });
    const first = await invoke('custom', { a: 1 });
    assert.equal(first.FunctionError, undefined, new TextDecoder().decode(first.Payload));
    assert.deepEqual(decode(first.Payload), { echo: { a: 1 }, count: 1, handler: 'function.handler' });
    assert.match(logOf(first), /bootstrap starting in /);
    assert.match(logOf(first), new RegExp(`handling ${first.$metadata.requestId}`));
    const second = await invoke('custom', { b: 2 });
    assert.deepEqual(decode(second.Payload), { echo: { b: 2 }, count: 2, handler: 'function.handler' });
    const failed = await invoke('custom', { fail: true });
    assert.equal(failed.FunctionError, 'Unhandled');
    assert.deepEqual(decode(failed.Payload), { errorMessage: 'asked to fail', errorType: 'Custom.Failure' });

    await createFunction(lambda, 'custom-missing', { 'README': 'no bootstrap here' }, { Runtime: 'provided.al2', Handler: 'x' });
    await expectAwsError(lambda.send(new InvokeCommand({ FunctionName: 'custom-missing' })), { name: 'InvalidRuntimeException', message: /^Couldn't find valid bootstrap\(s\): \[.*\/bootstrap\]$/, status: 502 });
  });
});
