/**
 * Nimbus's runtime interface client for Node.js: the program a nodejs* execution
 * environment runs. It speaks the Lambda Runtime API on AWS_LAMBDA_RUNTIME_API,
 * loads the handler (CommonJS or ES module) from LAMBDA_TASK_ROOT once (init),
 * then loops: next → handler → response or error. Written out to a file at start-up
 * (it must be plain JavaScript for the function's own `node`), so no template
 * literals inside.
 */
export const NODE_BOOTSTRAP = String.raw`
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { register } from 'node:module';

// The runtime's SDK (argv: its cache folder and the resolve hook): ES module imports of @aws-sdk/* the function does not bring resolve there.
if (process.argv[2] && process.argv[3]) register(pathToFileURL(process.argv[3]).href, import.meta.url, { data: { sdkDir: process.argv[2] } });

// host:port, then (in Nimbus) the environment's own path prefix: /<token>.
const API = process.env.AWS_LAMBDA_RUNTIME_API;
const SLASH = API.indexOf('/');
const ADDRESS = SLASH < 0 ? API : API.slice(0, SLASH);
const SEP = ADDRESS.lastIndexOf(':');
const HOST = ADDRESS.slice(0, SEP);
const PORT = Number(ADDRESS.slice(SEP + 1));
const BASE = (SLASH < 0 ? '' : API.slice(SLASH)) + '/2018-06-01/runtime';
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const HTTP_PRELUDE = 'application/vnd.awslambda.http-integration-response';

let currentId;

function call(method, urlPath, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port: PORT, method, path: urlPath, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Marks the end of an invocation's output, before its answer: Nimbus waits for it so the log is complete.
function endOfOutput(id) {
  process.stdout.write('\u001enimbus:end:' + id + '\n');
}

function lost(error) {
  process.stderr.write('Runtime API unreachable: ' + (error && error.message) + '\n');
  process.exit(1);
}

// One console call is one log event: newlines travel as carriage returns, as on AWS.
function logLine(level, args) {
  const text = util.format.apply(null, args).replace(/\n/g, '\r');
  process.stdout.write(new Date().toISOString() + '\t' + currentId + '\t' + level + '\t' + text + '\n');
}
console.log = (...a) => logLine('INFO', a);
console.info = (...a) => logLine('INFO', a);
console.warn = (...a) => logLine('WARN', a);
console.error = (...a) => logLine('ERROR', a);
console.debug = (...a) => logLine('DEBUG', a);
console.trace = (...a) => logLine('TRACE', [util.format.apply(null, a) + '\n' + (new Error().stack || '').split('\n').slice(2).join('\n')]);

function errorPayload(error) {
  if (error instanceof Error) {
    const trace = (error.stack || '').split('\n');
    return { errorType: error.name || 'Error', errorMessage: error.message, trace };
  }
  if (typeof error === 'string') return { errorType: 'string', errorMessage: error, trace: [] };
  let message;
  try { message = JSON.stringify(error); } catch { message = String(error); }
  return { errorType: typeof error, errorMessage: message, trace: [] };
}

function reportToLog(kind, payload) {
  const printable = { errorType: payload.errorType, errorMessage: payload.errorMessage, stack: payload.trace };
  process.stdout.write(new Date().toISOString() + '\t' + currentId + '\tERROR\t' + kind + ' \t' + JSON.stringify(printable) + '\n');
}

async function postError(urlPath, payload) {
  const body = JSON.stringify(payload);
  if (currentId) endOfOutput(currentId);
  await call('POST', urlPath, body, { 'Content-Type': 'application/json', 'Lambda-Runtime-Function-Error-Type': payload.errorType }).catch(lost);
}

class HttpResponseStream {
  static from(stream, metadata) {
    stream.setContentType(HTTP_PRELUDE);
    stream.write(JSON.stringify(metadata || {}));
    stream.write(Buffer.alloc(8));
    return stream;
  }
}
globalThis.awslambda = {
  streamifyResponse(handler) {
    handler[STREAMING] = 'response';
    return handler;
  },
  HttpResponseStream,
};

const taskRoot = process.env.LAMBDA_TASK_ROOT;
const handlerString = process.env._HANDLER || '';

async function initError(payload) {
  reportToLog('Uncaught Exception', payload);
  await postError(BASE + '/init/error', payload);
  process.exit(129);
}

function findModule(modulePath) {
  const base = path.resolve(taskRoot, modulePath);
  for (const ext of ['.js', '.mjs', '.cjs']) {
    if (fs.existsSync(base + ext)) return base + ext;
  }
  return undefined;
}

async function loadHandler() {
  const slash = handlerString.lastIndexOf('/');
  const dot = handlerString.indexOf('.', slash + 1);
  if (dot < 0) {
    return initError({ errorType: 'Runtime.MalformedHandlerName', errorMessage: "Bad handler " + handlerString, trace: [] });
  }
  const modulePath = handlerString.slice(0, dot);
  const handlerPath = handlerString.slice(dot + 1);
  const file = findModule(modulePath);
  if (!file) {
    const error = new Error("Cannot find module '" + modulePath + "'\nRequire stack:\n- /var/runtime/index.mjs");
    return initError({ errorType: 'Runtime.ImportModuleError', errorMessage: 'Error: ' + error.message, trace: ['Runtime.ImportModuleError: Error: ' + error.message] });
  }
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (error) {
    if (error && (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_MODULE_NOT_FOUND')) {
      return initError({ errorType: 'Runtime.ImportModuleError', errorMessage: 'Error: ' + error.message, trace: ['Runtime.ImportModuleError: Error: ' + error.message].concat((error.stack || '').split('\n').slice(1)) });
    }
    if (error instanceof SyntaxError) {
      return initError({ errorType: 'Runtime.UserCodeSyntaxError', errorMessage: 'SyntaxError: ' + error.message, trace: ['Runtime.UserCodeSyntaxError: SyntaxError: ' + error.message].concat((error.stack || '').split('\n').slice(1)) });
    }
    return initError(errorPayload(error));
  }
  const walk = (root) => handlerPath.split('.').reduce((value, key) => (value == null ? undefined : value[key]), root);
  let handler = walk(mod);
  if (handler === undefined && mod.default !== undefined) handler = walk(mod.default);
  if (handler === undefined) {
    return initError({ errorType: 'Runtime.HandlerNotFound', errorMessage: modulePath + '.' + handlerPath + ' is undefined or not exported', trace: [] });
  }
  if (typeof handler !== 'function') {
    return initError({ errorType: 'Runtime.HandlerNotFound', errorMessage: modulePath + '.' + handlerPath + ' is not a function', trace: [] });
  }
  return handler;
}

function parseJsonHeader(value) {
  if (!value) return undefined;
  try { return JSON.parse(value); } catch { return undefined; }
}

function makeContext(headers, id) {
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  const identity = parseJsonHeader(headers['lambda-runtime-cognito-identity']);
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: id,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    identity: identity && { cognitoIdentityId: identity.cognitoIdentityId, cognitoIdentityPoolId: identity.cognitoIdentityPoolId },
    clientContext: parseJsonHeader(headers['lambda-runtime-client-context']),
    tenantId: headers['lambda-runtime-aws-tenant-id'],
    getRemainingTimeInMillis() { return Math.max(0, deadline - Date.now()); },
  };
}

// Callback handlers with callbackWaitsForEmptyEventLoop answer once the handler's own timers and I/O are done.
function whenLoopSettles() {
  return new Promise((resolve) => {
    const check = () => {
      const busy = process.getActiveResourcesInfo().filter((r) => r !== 'TCPSocketWrap' && r !== 'TTYWrap' && r !== 'PipeWrap' && r !== 'Immediate');
      if (busy.length === 0) resolve();
      else setTimeout(check, 1).unref();
    };
    setImmediate(check);
  });
}

function runHandler(handler, event, context) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error, value) => {
      if (settled) return;
      settled = true;
      if (error !== null && error !== undefined) reject(error);
      else resolve(value);
    };
    const callback = (error, value) => {
      if (context.callbackWaitsForEmptyEventLoop) whenLoopSettles().then(() => finish(error, value));
      else finish(error, value);
    };
    context.done = callback;
    context.succeed = (value) => callback(null, value);
    context.fail = (error) => callback(error === undefined ? 'handled' : error);
    let result;
    try {
      result = handler(event, context, callback);
    } catch (error) {
      finish(error);
      return;
    }
    if (result && typeof result.then === 'function') result.then((value) => finish(null, value), (error) => finish(error === undefined ? new Error('undefined') : error));
    else if (handler.length < 3) finish(null, result);
  });
}

function runStreaming(handler, event, context, id) {
  return new Promise((resolve) => {
    const req = http.request({
      host: HOST, port: PORT, method: 'POST', path: BASE + '/invocation/' + id + '/response', agent,
      headers: {
        'Lambda-Runtime-Function-Response-Mode': 'streaming',
        'Transfer-Encoding': 'chunked',
        'Content-Type': 'application/octet-stream',
        Trailer: 'Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body',
      },
    }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', lost);
    const stream = new Writable({
      write(chunk, encoding, cb) { req.write(chunk, cb); },
      final(cb) { req.end(); cb(); },
    });
    stream.setContentType = (type) => { if (!req.headersSent) req.setHeader('Content-Type', type); };
    const fail = (error) => {
      const payload = errorPayload(error);
      reportToLog('Invoke Error', payload);
      endOfOutput(id);
      req.addTrailers({ 'Lambda-Runtime-Function-Error-Type': payload.errorType, 'Lambda-Runtime-Function-Error-Body': Buffer.from(JSON.stringify(payload)).toString('base64') });
      req.end();
    };
    let result;
    try {
      result = handler(event, stream, context);
    } catch (error) {
      fail(error);
      return;
    }
    Promise.resolve(result).then(() => { endOfOutput(id); if (!stream.writableEnded) stream.end(); }, fail);
  });
}

process.on('uncaughtException', async (error) => {
  const payload = errorPayload(error);
  reportToLog('Uncaught Exception', payload);
  if (currentId) await postError(BASE + '/invocation/' + currentId + '/error', payload);
  else await postError(BASE + '/init/error', payload);
  process.exit(129);
});
process.on('unhandledRejection', async (reason) => {
  const inner = errorPayload(reason);
  const payload = { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: inner.errorType + ': ' + inner.errorMessage, trace: ['Runtime.UnhandledPromiseRejection: ' + inner.errorType + ': ' + inner.errorMessage].concat(inner.trace.slice(1)) };
  reportToLog('Unhandled Promise Rejection', payload);
  if (currentId) await postError(BASE + '/invocation/' + currentId + '/error', payload);
  else await postError(BASE + '/init/error', payload);
  process.exit(128);
});

const handler = await loadHandler();
for (;;) {
  const next = await call('GET', BASE + '/invocation/next').catch(lost);
  const id = next.headers['lambda-runtime-aws-request-id'];
  const trace = next.headers['lambda-runtime-trace-id'];
  if (trace) process.env._X_AMZN_TRACE_ID = trace;
  else delete process.env._X_AMZN_TRACE_ID;
  currentId = id;
  const context = makeContext(next.headers, id);
  let event;
  try {
    event = JSON.parse(next.body.toString('utf8') || 'null');
  } catch {
    event = next.body.toString('utf8');
  }
  if (handler[STREAMING] === 'response') {
    await runStreaming(handler, event, context, id);
    continue;
  }
  try {
    const result = await runHandler(handler, event, context);
    let body;
    try {
      body = JSON.stringify(result === undefined ? null : result);
    } catch (error) {
      throw Object.assign(new Error('Unable to stringify response body'), { name: 'Runtime.MarshalError' });
    }
    endOfOutput(id);
    await call('POST', BASE + '/invocation/' + id + '/response', body, { 'Content-Type': 'application/json' }).catch(lost);
  } catch (error) {
    const payload = errorPayload(error);
    reportToLog('Invoke Error', payload);
    await postError(BASE + '/invocation/' + id + '/error', payload);
  }
}
`;
