// browser-boundary: what the Host check and the cross-origin checks cost each request.
//
// Every request now passes hostAllowed, crossOrigin and (for a browser's request) originAllowed
// before it is routed. They are measured here on their own, on the headers of three kinds of
// request, beside a floor that only reads the same two headers, in alternating blocks: the
// difference is what the checks add to a request. For scale, a whole SQS round trip costs the
// server some 70-80 µs a request (see sqs-round-trip).
import { crossOrigin, hostAllowed, originAllowed } from '../dist/gateway/browser-boundary.js';
import { inAlternatingBlocks } from './alternation.js';
import { median, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const POLICY = { corsOrigins: ['http://localhost:3000'], allowedHosts: ['nimbus'] };

const REQUESTS: Record<string, Record<string, string>> = {
  'SDK call (IP host, no Origin)': { host: '127.0.0.1:4566', 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.SendMessage' },
  'compose name (--allowed-hosts)': { host: 'nimbus:4566', 'content-type': 'application/x-amz-json-1.0' },
  'page of an allowed origin': { host: 'localhost:4566', origin: 'http://localhost:3000', 'sec-fetch-site': 'same-site' },
};

interface Side {
  key: string;
  perCallNs: number[];
  check: (headers: Record<string, string>) => boolean;
}

const CALLS_PER_BLOCK = 200_000;

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const blocks = quick ? 6 : 30;
  const rows: Row[] = [];
  const data: Record<string, unknown> = { callsPerBlock: CALLS_PER_BLOCK, blocks };
  let sink = 0;
  for (const [name, headers] of Object.entries(REQUESTS)) {
    const checks: Side = {
      key: 'checks',
      perCallNs: [],
      check: (h) => {
        const foreign = crossOrigin(h, h.host);
        return hostAllowed(POLICY, h.host) && (foreign === undefined || originAllowed(POLICY, foreign));
      },
    };
    // The floor reads what the checks read, and decides nothing.
    const floor: Side = { key: 'floor', perCallNs: [], check: (h) => h.host !== undefined || h.origin !== undefined };
    await inAlternatingBlocks([checks, floor], blocks * CALLS_PER_BLOCK, CALLS_PER_BLOCK, async (side, count) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < count; i++) if (side.check(headers)) sink++;
      side.perCallNs.push(Number(process.hrtime.bigint() - started) / count);
    });
    const added = median(checks.perCallNs) - median(floor.perCallNs);
    log(`browser-boundary: ${name}: ${round(added, 1)} ns a request`);
    rows.push({ scenario: 'browser-boundary', subject: name, metric: 'added per request (median)', value: round(added, 1), unit: 'ns' });
    data[name] = { checksNs: checks.perCallNs.map((v) => round(v, 2)), floorNs: floor.perCallNs.map((v) => round(v, 2)) };
  }
  if (sink === 42) log('');
  return { rows, data };
}
