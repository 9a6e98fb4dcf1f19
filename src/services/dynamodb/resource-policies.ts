import { AwsError } from '../../core/errors.js';
import { parsePolicy, PolicyError } from '../../core/policy.js';
import type { Clock } from '../../core/clock.js';
import type * as Ddb from '../../generated/dynamodb.js';
import type { Engine } from './engine.js';
import { invalidParameter, resourceNotFound, tableNotFound, validation } from './errors.js';
import type { ResourceSettingsState } from './resource-settings-state.js';
import type { TableDef } from './state.js';

/** AWS's limit on a resource-based policy: 20 KB. */
export const MAX_POLICY_BYTES = 20 * 1024;
/** ExpectedRevisionId's value meaning "only if no policy is attached yet". */
const NO_POLICY = 'NO_POLICY';

function policyNotFound(message: string): AwsError {
  return new AwsError('PolicyNotFoundException', `Resource-based policy not found for the provided ResourceArn: ${message}`, 400);
}

/** The table (and stream, when the ARN names one) a policy ARN points at. */
function resolveArn(engine: Engine, resourceArn: string): { table: TableDef; resource: string } {
  const match = /^arn:aws[a-z-]*:dynamodb:([^:]+):(\d{12}):table\/([a-zA-Z0-9_.-]{3,255})(?:\/stream\/([^/]+))?$/.exec(resourceArn);
  if (!match) {
    if (/^arn:aws[a-z-]*:dynamodb:[^:]*:[^:]*:table\/[^/]+\/(index|backup|export|import)\//.test(resourceArn)) {
      throw invalidParameter(`Invalid resource arn provided, only table or stream is accepted. Provided resource arn: ${resourceArn}`);
    }
    throw validation(`Invalid ResourceArn provided as input ${resourceArn}`);
  }
  const [, region, account, name, label] = match;
  const table = engine.state.findTable(account!, region!, name!);
  if (!table) throw tableNotFound(name!);
  if (label !== undefined && table.stream?.label !== label) throw resourceNotFound(`Requested resource not found: Stream: ${resourceArn} not found`);
  return { table, resource: label === undefined ? 'table' : `stream/${label}` };
}

/** A new revision id: the clock's milliseconds, made unique against the previous one. */
function nextRevision(clock: Clock, previous: string | undefined): string {
  let revision = clock.now();
  if (previous !== undefined && Number(previous) >= revision) revision = Number(previous) + 1;
  return String(revision);
}

/**
 * PutResourcePolicy / GetResourcePolicy / DeleteResourcePolicy on tables and their streams: the policy is
 * checked as IAM's policy language (src/core/policy.ts), stored with its revision, and returned. It is not
 * enforced yet (that comes with IAM).
 */
function checkPolicy(policy: string): void {
  if (Buffer.byteLength(policy) > MAX_POLICY_BYTES) {
    throw new AwsError('LimitExceededException', `Policy size ${Buffer.byteLength(policy)} bytes exceeds the maximum allowed size of ${MAX_POLICY_BYTES} bytes`, 400);
  }
  try {
    parsePolicy(policy);
  } catch (error) {
    if (error instanceof PolicyError) throw validation(`Invalid policy document: ${error.message}`);
    throw error;
  }
}

export function resourcePolicyOperations(engine: Engine, state: ResourceSettingsState): Partial<Ddb.DynamodbOperations> {
  // CreateTable's ResourcePolicy: checked before the table is made, attached to it once it is.
  engine.onCreateTable.push((input) => {
    const policy = input.ResourcePolicy;
    if (policy === undefined) return undefined;
    checkPolicy(policy);
    return (table) => state.putPolicy(table.tableId, 'table', policy, nextRevision(engine.clock, undefined));
  });

  function checkRevision(expected: string | undefined, current: { revision: string } | undefined, table: TableDef): void {
    if (expected === undefined) return;
    if (expected === NO_POLICY) {
      if (current) {
        throw policyNotFound(`Requested policy update expecting none to be present for table ${table.name}, but a policy exists with revision id ${current.revision}.`);
      }
      return;
    }
    if (!current) throw policyNotFound(`Requested update for policy with revision id ${expected}, but the policy associated to target table ${table.name} has no revision id.`);
    if (current.revision !== expected) {
      throw policyNotFound(`Requested update for policy with revision id ${expected}, but the policy associated to target table ${table.name} has revision id ${current.revision}.`);
    }
  }

  return {
    PutResourcePolicy(input) {
      const { table, resource } = resolveArn(engine, input.ResourceArn);
      checkPolicy(input.Policy);
      const current = state.policy(table.tableId, resource);
      checkRevision(input.ExpectedRevisionId, current, table);
      // The same document again is no new revision.
      if (current && current.policy === input.Policy) return { RevisionId: current.revision };
      const revision = nextRevision(engine.clock, current?.revision);
      state.putPolicy(table.tableId, resource, input.Policy, revision);
      return { RevisionId: revision };
    },

    GetResourcePolicy(input) {
      const { table, resource } = resolveArn(engine, input.ResourceArn);
      const current = state.policy(table.tableId, resource);
      if (!current) throw policyNotFound(input.ResourceArn);
      return { Policy: current.policy, RevisionId: current.revision };
    },

    DeleteResourcePolicy(input) {
      const { table, resource } = resolveArn(engine, input.ResourceArn);
      const current = state.policy(table.tableId, resource);
      if (!current) throw policyNotFound(input.ResourceArn);
      checkRevision(input.ExpectedRevisionId, current, table);
      state.deletePolicy(table.tableId, resource);
      return { RevisionId: current.revision };
    },
  };
}
