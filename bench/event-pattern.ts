// event-pattern: what matching one event against 100 compiled patterns costs (the shared engine
// under SNS filter policies, EventBridge rules, Pipes and Lambda filters), beside the one cost no
// matcher avoids: parsing the event's JSON once. Same process, same events, alternating rounds.
import { compilePattern } from '../dist/core/event-pattern/index.js';
import { median, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const STATES = ['pending', 'running', 'stopping', 'stopped', 'terminated'];

/** 100 patterns of every kind the documentation shows: exact, prefix, suffix, anything-but, numeric, exists, cidr, wildcard, $or, nested. */
function patterns(): unknown[] {
  const list: unknown[] = [];
  for (let i = 0; i < 100; i++) {
    const kind = i % 10;
    const detail: Record<string, unknown> =
      kind === 0 ? { state: [STATES[i % 5]] }
      : kind === 1 ? { 'instance-id': [{ prefix: `i-${i % 7}` }] }
      : kind === 2 ? { file: [{ suffix: `.${['png', 'jpg', 'txt'][i % 3]}` }] }
      : kind === 3 ? { state: [{ 'anything-but': [STATES[i % 5], STATES[(i + 1) % 5]] }] }
      : kind === 4 ? { count: [{ numeric: ['>', i % 50, '<=', (i % 50) + 20] }] }
      : kind === 5 ? { owner: [{ exists: i % 2 === 0 }] }
      : kind === 6 ? { ip: [{ cidr: `10.${i % 4}.0.0/16` }] }
      : kind === 7 ? { path: [{ wildcard: `*/lib${i % 3}/*` }] }
      : kind === 8 ? { $or: [{ count: [{ numeric: ['<', i % 10] }] }, { state: [STATES[i % 5]] }] }
      : { location: { city: [['Seattle', 'Paris', 'Lagos'][i % 3]], zone: [{ 'equals-ignore-case': `Z${i % 4}` }] } };
    list.push({ source: ['aws.ec2', 'nimbus.test'], detail });
  }
  return list;
}

function eventText(i: number): string {
  return JSON.stringify({
    version: '0',
    id: `event-${i}`,
    'detail-type': 'State change',
    source: i % 3 === 0 ? 'aws.s3' : 'aws.ec2',
    time: '2026-12-02T10:00:00Z',
    resources: [`arn:aws:ec2:us-east-1:123456789012:instance/i-${i}`],
    detail: {
      'instance-id': `i-${i % 13}abcdef`,
      state: STATES[i % 5],
      file: `report-${i}.${['png', 'jpg', 'txt', 'csv'][i % 4]}`,
      count: i % 80,
      ...(i % 2 ? { owner: 'team' } : {}),
      ip: `10.${i % 6}.${i % 250}.7`,
      path: `usr/lib${i % 4}/node`,
      location: { city: ['Seattle', 'Paris', 'Lagos', 'Lima'][i % 4], zone: `z${i % 5}` },
    },
  });
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const compiled = patterns().map((pattern) => compilePattern(pattern));
  const texts = Array.from({ length: 1000 }, (_, i) => eventText(i));
  const events = texts.map((text) => JSON.parse(text) as unknown);
  const rounds = quick ? 5 : 30;
  const matchUs: number[] = [];
  const parseUs: number[] = [];
  let matched = 0;
  let sink = 0;
  for (let r = 0; r < rounds + 2; r++) {
    let started = performance.now();
    for (const event of events) for (const pattern of compiled) if (pattern.matches(event)) matched++;
    const match = ((performance.now() - started) * 1000) / events.length;
    started = performance.now();
    for (const text of texts) sink += (JSON.parse(text) as { id: string }).id.length;
    const parse = ((performance.now() - started) * 1000) / texts.length;
    // The first two rounds warm the JIT and are not counted.
    if (r >= 2) {
      matchUs.push(match);
      parseUs.push(parse);
    }
  }
  if (sink === 0) throw new Error('no events parsed');
  log(`event-pattern: ${matched / (rounds + 2)} matches a round over ${events.length} events × ${compiled.length} patterns`);
  const rows: Row[] = [
    { scenario: 'event-pattern', subject: 'match one event against 100 compiled patterns', metric: 'time per event (median)', value: round(median(matchUs), 2), unit: 'µs' },
    { scenario: 'event-pattern', subject: 'peer: JSON.parse of the same event, once', metric: 'time per event (median)', value: round(median(parseUs), 2), unit: 'µs' },
  ];
  return { rows, data: { matchUs, parseUs, matchesPerRound: matched / (rounds + 2) } };
}
