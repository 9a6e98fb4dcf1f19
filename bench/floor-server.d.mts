// Types for bench/floor-server.mjs, which stays plain JavaScript so that, run
// as its own process, it starts without tsx.
import type { Server } from 'node:http';

export declare const FLOOR_MESSAGE_BODY: string;
export declare const FLOOR_MESSAGE_BODY_MD5: string;
export declare function createFloorServer(): Server;
export interface BenchListener {
  server: Server;
  port: number;
  endpoint: string;
  close(): Promise<void>;
}
export declare function listenForBench(server: Server, port?: number, host?: string): Promise<BenchListener>;
export declare function startFloorServer(
  port?: number,
  host?: string,
): Promise<BenchListener>;
