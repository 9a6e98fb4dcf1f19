import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextAwsCronTime, parseAwsCron, ScheduleError } from '../../src/core/schedule.js';

const at = (iso: string) => Date.parse(iso);

/** AWS's six-field cron in core/schedule.ts, as Scheduler (and EventBridge rules) read it. */
test('six fields, exactly one day field ?, years from 1970 to 2199', () => {
  for (const body of ['0 12 * * ?', '0 12 * * MON *', '0 12 ? * ? *', '0 12 * * ? 1969', '0 12 * * ? 2200', '0 12 * * ? 2030-2020', '0 12 * * ? 20x0', '0 12 * * ? * *']) {
    assert.throws(() => parseAwsCron(body), ScheduleError, body);
  }
  assert.equal(parseAwsCron('0 12 * * ? *').years, null);
  assert.deepEqual([...parseAwsCron('0 12 * * ? 2030,2032-2033').years!], [2030, 2032, 2033]);
  assert.deepEqual([...parseAwsCron('0 12 * * ? 2190/5').years!], [2190, 2195]);
});

test('the next occurrence keeps to the years allowed, jumping over the others whole, in a zone', () => {
  const noonTokyo2030 = parseAwsCron('0 12 1 JAN ? 2030,2035');
  assert.equal(nextAwsCronTime(noonTokyo2030, 'Asia/Tokyo', at('2026-06-01T00:00:00Z')), at('2030-01-01T03:00:00Z'));
  assert.equal(nextAwsCronTime(noonTokyo2030, 'Asia/Tokyo', at('2030-01-01T03:00:00Z')), at('2035-01-01T03:00:00Z'));
  assert.equal(nextAwsCronTime(noonTokyo2030, 'Asia/Tokyo', at('2035-01-01T03:00:00Z')), undefined);
  // New Year's Eve in New York is already 1 January in UTC: the year is the zone's.
  const newYearsEve = parseAwsCron('0 22 31 DEC ? 2027');
  assert.equal(nextAwsCronTime(newYearsEve, 'America/New_York', at('2026-06-01T00:00:00Z')), at('2028-01-01T03:00:00Z'));
  assert.equal(nextAwsCronTime(parseAwsCron('0 12 ? * MON-FRI 2031'), 'UTC', at('2026-06-01T00:00:00Z')), at('2031-01-01T12:00:00Z'));
});
