import { AwsError } from '../../../core/errors.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { TableDef } from '../state.js';
import type { ThrottleState } from './state.js';

/** AWS lets a table switch to on-demand once in 24 hours. */
const BILLING_SWITCH_MS = 24 * 3600_000;
/** Four capacity decreases at any time of a UTC day, then at most one an hour. */
const FREE_DECREASES = 4;
const DECREASE_SPACING_MS = 3600_000;

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const two = (n: number) => String(n).padStart(2, '0');

/** "Wednesday, July 25, 2018 8:48:14 PM UTC", as the decrease message words a time. */
function longTime(ms: number): string {
  const d = new Date(ms);
  const hour = d.getUTCHours() % 12 || 12;
  return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${hour}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'} UTC`;
}

/** "Sat Feb 23 03:07:45 UTC 2019", as the billing-mode message words a time. */
function shortTime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()].slice(0, 3)} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function decreases(table: TableDef, input: Ddb.UpdateTableInput): boolean {
  const given = input.ProvisionedThroughput;
  if (table.billingMode !== 'PROVISIONED') return false;
  if (given && (given.ReadCapacityUnits < table.throughput.read || given.WriteCapacityUnits < table.throughput.write)) return true;
  for (const update of input.GlobalSecondaryIndexUpdates ?? []) {
    const index = table.indexes.find((i) => i.name === update.Update?.IndexName);
    const wanted = update.Update?.ProvisionedThroughput;
    if (index?.throughput && wanted && (wanted.ReadCapacityUnits < index.throughput.read || wanted.WriteCapacityUnits < index.throughput.write)) return true;
  }
  return false;
}

/**
 * UpdateTable's rate limits on capacity, for throttled tables: the switch to on-demand once in 24
 * hours, and capacity decreases (four a UTC day, then one an hour), with AWS's messages.
 * `check` runs before the update; `record` after it succeeded.
 */
export class ControlPlaneLimits {
  constructor(private readonly state: () => ThrottleState) {}

  check(table: TableDef, input: Ddb.UpdateTableInput, now: number): void {
    const since = table.payPerRequestSince;
    if (input.BillingMode === 'PAY_PER_REQUEST' && table.billingMode === 'PROVISIONED' && since !== undefined && since !== table.createdAt && now - since < BILLING_SWITCH_MS) {
      throw new AwsError(
        'LimitExceededException',
        `Subscriber limit exceeded: Update to PayPerRequest mode are limited to once in 1 day(s). Last update at ${shortTime(since)}. Next update can be made at ${shortTime(since + BILLING_SWITCH_MS)}`,
        400,
      );
    }
    if (!decreases(table, input)) return;
    const today = this.state().decreases(table.tableId, utcDay(now));
    if (today.count >= FREE_DECREASES && now - today.lastAt < DECREASE_SPACING_MS) {
      throw new AwsError(
        'LimitExceededException',
        `Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day. After the first ${FREE_DECREASES} decreases, each subsequent decrease in the same UTC day can be performed at most once every ${DECREASE_SPACING_MS / 1000} seconds. Number of decreases today: ${today.count}. Last decrease at ${longTime(today.lastAt)}. Next decrease can be made at ${longTime(today.lastAt + DECREASE_SPACING_MS)}`,
        400,
      );
    }
  }

  record(table: TableDef, input: Ddb.UpdateTableInput, now: number): void {
    if (!decreases(table, input)) return;
    const day = utcDay(now);
    const today = this.state().decreases(table.tableId, day);
    this.state().saveDecrease(table.tableId, day, today.count + 1, now);
  }
}
