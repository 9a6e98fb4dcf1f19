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

test('Day-of-week counts 1-7 from Sunday, as AWS documents (not cron 0-6)', () => {
  // Monday 1 June 2026.
  assert.equal(nextAwsCronTime(parseAwsCron('0 12 ? * 2 *'), 'UTC', at('2026-05-30T00:00:00Z')), at('2026-06-01T12:00:00Z'), '2 is Monday');
  assert.equal(nextAwsCronTime(parseAwsCron('0 12 ? * 1 *'), 'UTC', at('2026-06-01T00:00:00Z')), at('2026-06-07T12:00:00Z'), '1 is Sunday');
  assert.equal(nextAwsCronTime(parseAwsCron('0 12 ? * 7 *'), 'UTC', at('2026-06-01T00:00:00Z')), at('2026-06-06T12:00:00Z'), '7 is Saturday');
  assert.equal(nextAwsCronTime(parseAwsCron('0 12 ? * 2-6 *'), 'UTC', at('2026-06-05T13:00:00Z')), at('2026-06-08T12:00:00Z'), 'Friday after noon → Monday');
  assert.equal(nextAwsCronTime(parseAwsCron('0 12 ? * MON-FRI *'), 'UTC', at('2026-06-05T13:00:00Z')), at('2026-06-08T12:00:00Z'));
  for (const body of ['0 12 ? * 0 *', '0 12 ? * 8 *']) assert.throws(() => parseAwsCron(body), ScheduleError, body);
});

test('L, W and # as AWS documents them', () => {
  const from = at('2026-02-01T00:00:00Z');
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 L * ? *'), 'UTC', from), at('2026-02-28T10:00:00Z'), 'last day of February');
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 ? * 6L *'), 'UTC', from), at('2026-02-27T10:00:00Z'), 'last Friday');
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 ? * 3#2 *'), 'UTC', from), at('2026-02-10T10:00:00Z'), 'second Tuesday');
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 ? * MON#1 *'), 'UTC', from), at('2026-02-02T10:00:00Z'), 'first Monday');
  // 14 February 2026 is a Saturday: the nearest weekday is Friday the 13th; 1 March 2026 is a Sunday: Monday the 2nd.
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 14W * ? *'), 'UTC', from), at('2026-02-13T10:00:00Z'));
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 1W * ? *'), 'UTC', at('2026-02-15T00:00:00Z')), at('2026-03-02T10:00:00Z'));
  // The last weekday of May 2026 (the 31st is a Sunday) is Friday the 29th.
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 LW * ? *'), 'UTC', at('2026-05-01T00:00:00Z')), at('2026-05-29T10:00:00Z'));
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 ? * 2#5 *'), 'UTC', from), at('2026-03-30T10:00:00Z'), 'a fifth Monday, when a month has one');
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 31W 2 ? *'), 'UTC', from), undefined, 'a rule that never holds ends');
  for (const body of ['0 10 32W * ? *', '0 10 ? * 9#2 *', '0 10 ? * 2#6 *']) assert.throws(() => parseAwsCron(body), ScheduleError, body);
});

test('the rarest day rule that holds is still found: a fifth Monday in February', () => {
  // Februaries with 29 days that start on a Monday: 2016, then 2044.
  assert.equal(nextAwsCronTime(parseAwsCron('0 10 ? 2 2#5 *'), 'UTC', at('2026-01-01T00:00:00Z')), at('2044-02-29T10:00:00Z'));
});
