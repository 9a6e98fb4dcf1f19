// The floor: the least an HTTP server on Node.js can do. It is the peer that
// Nimbus is measured beside, both for cold start (run as its own process:
// `node bench/floor-server.mjs --port N`) and for the SQS round trip (imported
// by bench/sqs-round-trip.ts and started inside the bench process).
//
// Every request is drained and answered at once with a precomputed body: for
// the SQS JSON protocol, a valid answer for the operation named in
// `x-amz-target` (the SDK checks the MD5s, so they are right); for anything
// else (e.g. GET /_nimbus/health), `{}`.
//
// Plain JavaScript, no imports beyond node:http and node:url, so that its
// cold start costs what Node.js itself costs and nothing more (no tsx, no
// node:crypto: the MD5 below is a constant, checked by the bench).
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

/** The message body the bench sends, and the floor hands back on ReceiveMessage. */
export const FLOOR_MESSAGE_BODY = 'nimbus bench: hello from the round trip';
/** md5(FLOOR_MESSAGE_BODY) in hex; bench/sqs-round-trip.ts verifies it before use. */
export const FLOOR_MESSAGE_BODY_MD5 = '545c63dbfc8244a25c3f3a518cf64df7';

const JSON_TYPE = 'application/x-amz-json-1.0';
const REQUEST_ID = '00000000-0000-4000-8000-000000000000';

const fixed = {
  'AmazonSQS.SendMessage': Buffer.from(
    JSON.stringify({ MessageId: '11111111-1111-4111-8111-111111111111', MD5OfMessageBody: FLOOR_MESSAGE_BODY_MD5 }),
  ),
  'AmazonSQS.ReceiveMessage': Buffer.from(
    JSON.stringify({
      Messages: [
        {
          MessageId: '11111111-1111-4111-8111-111111111111',
          ReceiptHandle: 'floor-receipt-handle',
          MD5OfBody: FLOOR_MESSAGE_BODY_MD5,
          Body: FLOOR_MESSAGE_BODY,
        },
      ],
    }),
  ),
  'AmazonSQS.DeleteMessage': Buffer.from('{}'),
};
const EMPTY = Buffer.from('{}');

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
function answer(req, res) {
  const target = req.headers['x-amz-target'];
  let body = (typeof target === 'string' && fixed[/** @type {keyof typeof fixed} */ (target)]) || EMPTY;
  if (target === 'AmazonSQS.CreateQueue') {
    body = Buffer.from(JSON.stringify({ QueueUrl: `http://${req.headers.host ?? 'localhost'}/000000000000/floor` }));
  }
  res.writeHead(200, {
    'content-type': JSON_TYPE,
    'content-length': body.length,
    'x-amzn-requestid': REQUEST_ID,
  });
  res.end(body);
}

export function createFloorServer() {
  return createServer((req, res) => {
    // Read the request to its end (as any real server must) before answering.
    req.on('end', () => answer(req, res));
    req.resume();
  });
}

/**
 * Listens with `server` on `port` (0: a free one) and gives its endpoint and a close that also
 * drops kept-alive connections. Every scenario's floor is started this way.
 * @param {import('node:http').Server} server @param {number} [port] @param {string} [host]
 */
export async function listenForBench(server, port = 0, host = '127.0.0.1') {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: bound,
    endpoint: `http://${host}:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/** Starts the floor in this process. @param {number} [port] @param {string} [host] */
export function startFloorServer(port = 0, host = '127.0.0.1') {
  return listenForBench(createFloorServer(), port, host);
}

// Run directly: `node bench/floor-server.mjs --port N`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--port');
  const port = at >= 0 ? Number(process.argv[at + 1]) : 0;
  createFloorServer().listen(port, '127.0.0.1');
}
