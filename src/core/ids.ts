import { randomUUID } from 'node:crypto';

export const DEFAULT_REGION = 'us-east-1';

export function requestId(): string {
  return randomUUID();
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** A global service's ARN (IAM) has region '' and takes its partition from `partitionRegion`. */
export function arn(parts: { service: string; region: string; account: string; resource: string; partitionRegion?: string }): string {
  return `arn:${partitionOf(parts.partitionRegion ?? parts.region)}:${parts.service}:${parts.region}:${parts.account}:${parts.resource}`;
}

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(value: string): ParsedArn | undefined {
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition, service, region, account] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}
