import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttp2Server, type ServerHttp2Session } from 'node:http2';
import { Duplex } from 'node:stream';
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { Runtime } from '../core/runtime.js';
import { handleRequest, type NodeRequest, type NodeResponse } from './pipeline.js';

/** How long an HTTP/2 connection may sit with no stream before it is closed. */
const IDLE_TIMEOUT_MS = 5 * 60_000;

/** HTTP/2's connection preface: a client speaking cleartext HTTP/2 with prior knowledge starts with it. */
const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

/**
 * One TCP port for both HTTP/1.1 and cleartext HTTP/2 (the Kinesis SDK
 * client speaks HTTP/2 with prior knowledge): the first bytes of each
 * connection decide which server gets it.
 */
export async function listen(runtime: Runtime): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const { host, port, headersTimeoutMs: headersTimeout } = runtime.options;
  const onRequest = (req: NodeRequest, res: NodeResponse) => {
    void handleRequest(runtime, req, res);
  };
  const http1 = createHttpServer(
    { keepAliveTimeout: 65_000, requestTimeout: 0, headersTimeout, connectionsCheckingInterval: Math.min(30_000, Math.ceil(headersTimeout / 4)) },
    onRequest,
  );
  // The HTTP/1.1 server never listens itself (connections are handed to it), and Node checks
  // header timeouts only from a server that has: without this, slow headers were never cut off.
  http1.emit('listening');
  const http2 = createHttp2Server({}, onRequest);
  const sockets = new Set<Socket>();

  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setNoDelay(true);
    // A connection that says nothing is closed; once routed, each server's own timeouts apply.
    socket.setTimeout(headersTimeout, () => socket.destroy());
    let head = Buffer.alloc(0);
    const route = (): void => {
      socket.setTimeout(0);
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      socket.pause();
      socket.unshift(head);
      const isHttp2 = head.length >= HTTP2_PREFACE.length && head.subarray(0, HTTP2_PREFACE.length).equals(HTTP2_PREFACE);
      if (isHttp2) {
        socket.read(head.length);
        // The session is made synchronously on 'connection'.
        http2.once('session', (session) => watchSession(session, socket));
        http2.emit('connection', replayingStream(socket, head));
      } else {
        http1.emit('connection', socket);
        socket.resume();
      }
    };
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      // Decide as soon as the bytes can no longer be the preface, or are all of it.
      const compared = Math.min(head.length, HTTP2_PREFACE.length);
      if (head.length >= HTTP2_PREFACE.length || !head.subarray(0, compared).equals(HTTP2_PREFACE.subarray(0, compared))) route();
    };
    const onEnd = (): void => {
      socket.destroy();
    };
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    http1.close();
    http2.close();
  };
  return { server, port: bound, close };
}

/**
 * A client that says GOAWAY is done: its open streams finish, then the connection ends. An idle
 * session ends too. Node's own graceful close left such connections open: it ends a session
 * through the relaying stream, which does not reach the TCP socket, so the socket is ended here.
 */
function watchSession(session: ServerHttp2Session, socket: Socket): void {
  let open = 0;
  let goingAway = false;
  const end = () => {
    session.destroy();
    socket.destroy();
  };
  const endIfDone = () => {
    if (goingAway && open === 0) setImmediate(end);
  };
  session.on('stream', (stream) => {
    open++;
    stream.once('close', () => {
      open--;
      endIfDone();
    });
  });
  session.on('goaway', () => {
    goingAway = true;
    session.close();
    endIfDone();
  });
  session.setTimeout(IDLE_TIMEOUT_MS, end);
}

/**
 * The HTTP/2 server reads a net.Socket's native handle directly, so bytes
 * already read to sniff the preface cannot be given back with unshift. A
 * Duplex that replays them and then relays the socket works instead.
 */
function replayingStream(socket: Socket, head: Buffer): Duplex {
  const stream = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _encoding, callback) {
      socket.write(chunk, callback);
    },
    final(callback) {
      socket.end(callback);
    },
    destroy(error, callback) {
      socket.destroy(error ?? undefined);
      callback(error);
    },
  });
  stream.push(head);
  socket.on('data', (chunk: Buffer) => {
    if (!stream.push(chunk)) socket.pause();
  });
  socket.on('end', () => stream.push(null));
  socket.on('close', () => stream.destroy());
  socket.resume();
  return stream;
}
