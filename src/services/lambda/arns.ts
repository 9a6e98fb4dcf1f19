import { arn } from '../../core/ids.js';
import { invalidParameter } from './errors.js';

/** Where a function lives and what its caller named: `name`, `name:qualifier`, a partial or a full ARN. */
export interface FunctionRef {
  account: string;
  region: string;
  name: string;
  /** From the ARN's suffix or the Qualifier parameter. */
  qualifier?: string;
}

const FUNCTION_ARN = /^(?:arn:aws[a-zA-Z-]*:lambda:)?(?:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):)?(?:(\d{12}):)?(?:function:)?([a-zA-Z0-9-_.]+)(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;

/**
 * Reads a FunctionName parameter: a name, `name:qualifier`, `123456789012:function:name`
 * or a full ARN. A qualifier both in the name and as a parameter must agree.
 */
export function parseFunctionName(
  text: string,
  caller: { accountId: string; region: string },
  qualifier?: string,
  options: { allowQualifier?: boolean } = {},
): FunctionRef {
  const match = FUNCTION_ARN.exec(text);
  if (!match) throw invalidParameter(`1 validation error detected: Value '${text}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`);
  const [, region, account, name, fromName] = match;
  // A bare "name:qualifier" matches the account group when the name is 12 digits; Lambda reads it as name:qualifier.
  if (fromName !== undefined && qualifier !== undefined && fromName !== qualifier) {
    throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
  }
  const resolvedQualifier = qualifier ?? fromName;
  if (resolvedQualifier !== undefined && options.allowQualifier === false) {
    throw invalidParameter(`Unsupported qualifier in function name or ARN: ${text}`);
  }
  return {
    account: account ?? caller.accountId,
    region: region ?? caller.region,
    name,
    qualifier: resolvedQualifier,
  };
}

export function functionArn(ref: { account: string; region: string; name: string }, qualifier?: string): string {
  const base = arn({ service: 'lambda', region: ref.region, account: ref.account, resource: `function:${ref.name}` });
  return qualifier ? `${base}:${qualifier}` : base;
}

/** An account's root principal (`arn:aws:iam::123456789012:root`), in the partition of the region it is seen from. */
export function accountRootArn(account: string, region: string): string {
  return arn({ service: 'iam', region: '', account, resource: 'root', partitionRegion: region });
}

/** The RuntimeVersionArn of a managed runtime in a region (Lambda names no account in it). */
export function runtimeVersionArn(region: string, runtimeId: string): string {
  return arn({ service: 'lambda', region, account: '', resource: `runtime:${runtimeId}` });
}

export function layerArn(account: string, region: string, name: string, version?: number): string {
  const base = arn({ service: 'lambda', region, account, resource: `layer:${name}` });
  return version === undefined ? base : `${base}:${version}`;
}

/** `arn:aws:lambda:us-east-1:123456789012:layer:name:3` → its parts. */
export function parseLayerVersionArn(text: string): { account: string; region: string; name: string; version: number } | undefined {
  const match = /^arn:[a-zA-Z0-9-]+:lambda:([a-zA-Z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):([0-9]+)$/.exec(text);
  if (!match) return undefined;
  return { region: match[1], account: match[2], name: match[3], version: Number(match[4]) };
}

/** A LayerName parameter: a name or a layer ARN (without version). */
export function parseLayerName(text: string, caller: { accountId: string; region: string }): { account: string; region: string; name: string } {
  const match = /^arn:[a-zA-Z0-9-]+:lambda:([a-zA-Z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+)$/.exec(text);
  if (match) return { region: match[1], account: match[2], name: match[3] };
  return { account: caller.accountId, region: caller.region, name: text };
}
