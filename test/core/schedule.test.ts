import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nextCronTime, parseAt, parseCronFields, parseRate, ScheduleError } from '../../src/core/schedule.js';

const at = (iso: string) => Date.parse(iso);

/** The shared schedule engine: cron fields (with steps), rate, at, and the next occurrence in a zone. */
describe('core schedule expressions', () => {
  test('the next cron occurrence: steps, ranges, names, either day field, strictly after', () => {
    assert.equal(nextCronTime(parseCronFields('*/15 * * * *'), 'UTC', at('2026-03-01T10:07:30Z')), at('2026-03-01T10:15:00Z'));
    assert.equal(nextCronTime(parseCronFields('*/15 * * * *'), 'UTC', at('2026-03-01T10:15:00Z')), at('2026-03-01T10:30:00Z'), 'strictly after');
    assert.equal(nextCronTime(parseCronFields('0 9-17/4 * * MON-FRI'), 'UTC', at('2026-03-06T18:00:00Z')), at('2026-03-09T09:00:00Z'), 'Friday evening → Monday 09:00');
    assert.equal(nextCronTime(parseCronFields('30 2 1 JAN *'), 'UTC', at('2026-03-01T00:00:00Z')), at('2027-01-01T02:30:00Z'));
    // Both day fields restricted: either matches (the 13th, or a Friday).
    assert.equal(nextCronTime(parseCronFields('0 0 13 * 5'), 'UTC', at('2026-03-01T00:00:00Z')), at('2026-03-06T00:00:00Z'));
    assert.equal(nextCronTime(parseCronFields('0 0 31 2 *'), 'UTC', at('2026-03-01T00:00:00Z')), undefined, 'a 31 February never comes');
  });

  test('read in a time zone, across a daylight-saving change', () => {
    assert.equal(nextCronTime(parseCronFields('0 9 * * *'), 'Asia/Tokyo', at('2026-03-01T00:00:00Z')), at('2026-03-02T00:00:00Z'));
    // New York moves to daylight time on 8 March 2026: 09:00 local is 14:00 UTC before, 13:00 UTC after.
    assert.equal(nextCronTime(parseCronFields('0 9 * * *'), 'America/New_York', at('2026-03-07T15:00:00Z')), at('2026-03-08T13:00:00Z'));
    assert.equal(nextCronTime(parseCronFields('0 9 * * *'), 'America/New_York', at('2026-03-06T15:00:00Z')), at('2026-03-07T14:00:00Z'));
  });

  test('rate and at; what is refused', () => {
    assert.deepEqual(parseRate('rate(5 minutes)'), { kind: 'rate', periodMs: 300_000 });
    assert.deepEqual(parseRate('rate(1 day)'), { kind: 'rate', periodMs: 86_400_000 });
    assert.equal(parseRate('cron(* * * * *)'), undefined);
    assert.deepEqual(parseAt('at(2026-05-01T08:30)'), { kind: 'at', year: 2026, month: 5, day: 1, hour: 8, minute: 30 });
    for (const bad of ['*/0 * * * *', '61 * * * *', '0 0 * * FUNDAY', '* * * *', '5-1 * * * *']) assert.throws(() => parseCronFields(bad), ScheduleError, bad);
    assert.throws(() => parseRate('rate(0 minutes)'), ScheduleError);
    assert.throws(() => parseAt('at(2026-02-30T10:00)'), ScheduleError);
  });
});
