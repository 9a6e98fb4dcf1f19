import { checkValue, type AttributeValue } from '../attribute-values.js';
import { invalidParameter, validation } from '../errors.js';
import type { AwsError } from '../../../core/errors.js';
import type { Condition, PathNode, UpdateActions } from './ast.js';
import { attributesToGet, attributeUpdatesToActions, expectedToCondition, filterToCondition, type LegacyCondition } from './legacy.js';
import { checkOverlaps } from './paths.js';
import { checkAllUsed, newContext, parseCondition, parseProjection, parseUpdate } from './parser.js';
import { updatedPaths } from './update.js';

/** Every expression-related member an item or read operation may carry. */
export interface ExpressionInput {
  ConditionExpression?: string;
  FilterExpression?: string;
  KeyConditionExpression?: string;
  UpdateExpression?: string;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Expected?: Record<string, LegacyCondition>;
  AttributeUpdates?: Record<string, { Value?: AttributeValue; Action?: string }>;
  KeyConditions?: Record<string, unknown>;
  QueryFilter?: Record<string, LegacyCondition>;
  ScanFilter?: Record<string, LegacyCondition>;
  AttributesToGet?: string[];
  ConditionalOperator?: string;
}

export interface PreparedExpressions {
  condition?: Condition;
  filter?: Condition;
  keyCondition?: Condition;
  update?: UpdateActions;
  projection?: PathNode[];
}

/** In the order AWS lists them when a request mixes the two kinds. */
const EXPRESSION_MEMBERS = ['ProjectionExpression', 'FilterExpression', 'KeyConditionExpression', 'UpdateExpression', 'ConditionExpression'] as const;
const LEGACY_MEMBERS = ['AttributesToGet', 'QueryFilter', 'ScanFilter', 'AttributeUpdates', 'Expected', 'ConditionalOperator', 'KeyConditions'] as const;
/** Expressions that may refer to :values, per operation, as AWS names them when none is given. */
const VALUE_EXPRESSIONS: Record<string, string[]> = {
  PutItem: ['ConditionExpression'],
  DeleteItem: ['ConditionExpression'],
  UpdateItem: ['UpdateExpression', 'ConditionExpression'],
  Query: ['FilterExpression', 'KeyConditionExpression'],
  Scan: ['FilterExpression'],
  ConditionCheck: ['ConditionExpression'],
  Put: ['ConditionExpression'],
  Delete: ['ConditionExpression'],
  Update: ['UpdateExpression', 'ConditionExpression'],
};

const ALL_MEMBERS: ReadonlyArray<keyof ExpressionInput> = [...EXPRESSION_MEMBERS, ...LEGACY_MEMBERS, 'ExpressionAttributeNames', 'ExpressionAttributeValues'];

function hasAnyExpressionMember(input: ExpressionInput): boolean {
  for (const member of ALL_MEMBERS) if (input[member] !== undefined) return true;
  return false;
}

const KEY_OF_NAME = /^#[A-Za-z0-9_]+$/;
const KEY_OF_VALUE = /^:[A-Za-z0-9_]+$/;

function invalidValue(error: unknown, key: string): unknown {
  const awsError = error as AwsError;
  if (awsError?.code !== 'ValidationException') return error;
  return validation(`ExpressionAttributeValues contains invalid value: ${awsError.message} for key ${key}`);
}

/**
 * Parses and checks every expression of a request the way DynamoDB does:
 * expression and legacy parameters never mixed, names and values all defined
 * and all used, paths not overlapping.
 */
/**
 * Which kinds of parameters a request mixes: AWS checks this before it reads the item or
 * key values of the request; what the expressions say is checked after them.
 */
export function checkExpressionMembers(input: ExpressionInput, operation: string): void {
  if (!hasAnyExpressionMember(input)) return;
  const expressions = EXPRESSION_MEMBERS.filter((m) => input[m] !== undefined);
  // KeyConditions is weighed against KeyConditionExpression only.
  const legacy = LEGACY_MEMBERS.filter((m) => input[m] !== undefined && (m !== 'KeyConditions' || input.KeyConditionExpression !== undefined));
  if (expressions.length && legacy.length) {
    throw validation(
      `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {${legacy.join(', ')}} Expression parameters: {${expressions.join(', ')}}`,
    );
  }
  if (input.ExpressionAttributeNames !== undefined && !expressions.length) {
    throw validation('ExpressionAttributeNames can only be specified when using expressions');
  }
  if (input.ExpressionAttributeValues !== undefined) {
    const candidates = VALUE_EXPRESSIONS[operation] ?? [];
    if (!candidates.some((m) => input[m as keyof ExpressionInput] !== undefined)) {
      throw validation(
        `ExpressionAttributeValues can only be specified when using expressions: ${candidates.join(' and ')} ${candidates.length > 1 ? 'are' : 'is'} null`,
      );
    }
  }
}

export function prepareExpressions(input: ExpressionInput, operation: string): PreparedExpressions {
  if (!hasAnyExpressionMember(input)) return {};
  checkExpressionMembers(input, operation);
  const expressions = EXPRESSION_MEMBERS.filter((m) => input[m] !== undefined);

  const names = input.ExpressionAttributeNames;
  if (names !== undefined) {
    if (!Object.keys(names).length) throw validation('ExpressionAttributeNames must not be empty');
    for (const [key, name] of Object.entries(names)) {
      if (!KEY_OF_NAME.test(key)) throw validation(`ExpressionAttributeNames contains invalid key: Syntax error; key: "${key}"`);
      if (name === '') throw validation(`ExpressionAttributeNames contains invalid value: Empty attribute name; key: "${key}"`);
    }
  }
  let values: Record<string, AttributeValue> | undefined;
  if (input.ExpressionAttributeValues !== undefined) {
    if (!Object.keys(input.ExpressionAttributeValues).length) throw validation('ExpressionAttributeValues must not be empty');
    values = {};
    // Every key is checked before any value.
    for (const key of Object.keys(input.ExpressionAttributeValues)) {
      if (!KEY_OF_VALUE.test(key)) throw validation(`ExpressionAttributeValues contains invalid key: Syntax error; key: "${key}"`);
    }
    for (const [key, raw] of Object.entries(input.ExpressionAttributeValues)) {
      try {
        values[key] = checkValue(raw);
      } catch (error) {
        throw invalidValue(error, key);
      }
    }
  }

  const context = newContext(names, values);
  context.deferLate = true;
  const prepared: PreparedExpressions = {};
  if (input.KeyConditionExpression !== undefined) prepared.keyCondition = parseCondition(input.KeyConditionExpression, 'KeyConditionExpression', context);
  if (input.UpdateExpression !== undefined) {
    prepared.update = parseUpdate(input.UpdateExpression, context);
    checkOverlaps(updatedPaths(prepared.update), 'UpdateExpression');
  }
  if (input.ConditionExpression !== undefined) prepared.condition = parseCondition(input.ConditionExpression, 'ConditionExpression', context);
  if (input.FilterExpression !== undefined) prepared.filter = parseCondition(input.FilterExpression, 'FilterExpression', context);
  if (input.ProjectionExpression !== undefined) {
    prepared.projection = parseProjection(input.ProjectionExpression, context);
    checkOverlaps(prepared.projection, 'ProjectionExpression');
  }
  if (context.lateError) throw context.lateError;
  checkAllUsed(context);

  const legacyFilter = input.Expected ?? input.QueryFilter ?? input.ScanFilter;
  if (input.ConditionalOperator !== undefined && !legacyFilter) {
    throw invalidParameter('ConditionalOperator can only be used when Filter or Expected conditions have been specified');
  }
  // AttributeUpdates is read before Expected.
  if (input.AttributeUpdates) prepared.update = attributeUpdatesToActions(input.AttributeUpdates);
  if (input.Expected) prepared.condition = expectedToCondition(input.Expected, input.ConditionalOperator);
  if (input.QueryFilter) prepared.filter = filterToCondition(input.QueryFilter, input.ConditionalOperator);
  if (input.ScanFilter) prepared.filter = filterToCondition(input.ScanFilter, input.ConditionalOperator);
  if (input.AttributesToGet) prepared.projection = attributesToGet(input.AttributesToGet);
  return prepared;
}
