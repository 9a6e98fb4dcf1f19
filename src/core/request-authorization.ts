/**
 * What the gateway asks before an operation runs when --enforce-iam is on, and what each service
 * tells about its operations for that: the IAM action and the resource ARN(s) each one needs, its
 * resource policy (queue policy, bucket policy, function policy...) and its own AccessDenied error.
 * The services' tables live in services/<id>/authorization.ts, gathered by services/authorization.ts,
 * which builds the authorizer the entry point hands the runtime (the gateway names no service).
 */
import type { ConditionValues } from './authorization.js';
import type { RequestContext } from './context.js';
import type { AwsError } from './errors.js';
import { arn } from './ids.js';

/** One permission a request needs: `sqs:SendMessage` on a queue's ARN, `s3:ListAllMyBuckets` on `*`. */
export interface ResourceAccess {
  action: string;
  /** The resource's ARN, or `*` for actions on no resource. */
  resource: string;
  /** The account owning the resource when its ARN does not say (S3 buckets); else read from the ARN. */
  resourceAccount?: string;
  /** Service condition keys of this request (s3:prefix, sqs:...), beside the global ones. */
  conditions?: ConditionValues;
}

/** What a resource's own policy and owner are, for the resource-based side of a decision. */
export interface ResourceFacts {
  /** The resource-based policy's JSON text, when the resource has one. */
  policy?: string;
  /** The resource's owner when the ARN does not name it (S3). */
  account?: string;
  /** aws:ResourceTag/<key> values, where the service keeps tags at hand. */
  tags?: Record<string, string>;
}

/** A service's side of enforcement (services/<id>/authorization.ts). */
export interface ServiceAuthorization {
  /** The permissions an operation needs, from its parsed, validated input. */
  accesses(operation: string, input: Record<string, unknown>, context: RequestContext): ResourceAccess[];
  /** The resource's policy and owner (absent: the service has no resource policies). */
  resourceFacts?(resource: string, context: RequestContext): Promise<ResourceFacts | undefined> | ResourceFacts | undefined;
  /**
   * The operations that can change what resourceFacts answers (a queue's policy set, a bucket made):
   * with it, the facts are cached until one of them runs through the gateway; without it, asked each time.
   */
  factsChangedBy?: RegExp;
  /** The service's own AccessDenied error, with AWS's message. */
  accessDenied(message: string, context: RequestContext): AwsError;
  /** Checks AWS makes only because roles are real (Lambda: the execution role must trust lambda.amazonaws.com). */
  enforcedChecks?(operation: string, input: Record<string, unknown>, context: RequestContext): Promise<void> | void;
}

/** What the gateway knows of the connection, for the global condition keys. */
export interface ConnectionFacts {
  /** The client's IP address (aws:SourceIp). */
  sourceIp: string | undefined;
  /** Always false here: Nimbus serves plain HTTP (aws:SecureTransport). */
  secureTransport: boolean;
}

/**
 * Authorizes one request; throws the service's AccessDenied error when policies do not allow it.
 * May answer a function the gateway calls once the operation is over, succeeded or failed (IAM's
 * changes invalidate what the authorizer caches).
 */
export type RequestAuthorizer = (context: RequestContext, input: Record<string, unknown>, connection: ConnectionFacts) => Promise<(() => void) | undefined> | (() => void) | undefined;

/** Where an operation's resource is, from its input: one ARN, several, or undefined for `*`. */
export type ResourceOf = (input: Record<string, unknown>, context: RequestContext, operation: string) => string | string[] | undefined;

/**
 * The common shape of a service's table: the action is `<prefix>:<Operation>` unless `actions`
 * renames it (SendMessageBatch is sqs:SendMessage), and the resource comes from the input.
 */
export function accessTable(prefix: string, resourceOf: ResourceOf, actions: Record<string, string> = {}): ServiceAuthorization['accesses'] {
  return (operation, input, context) => {
    const action = `${prefix}:${actions[operation] ?? operation}`;
    const found = resourceOf(input, context, operation);
    if (found === undefined) return [{ action, resource: '*' }];
    const resources = Array.isArray(found) ? [...new Set(found)] : [found];
    return resources.length ? resources.map((resource) => ({ action, resource })) : [{ action, resource: '*' }];
  };
}

/** A resource's ARN in the caller's account and region (or the one given), as a service names it. */
export function resourceArn(context: RequestContext, service: string, resource: string, account = context.accountId, region = context.region): string {
  return arn({ service, region, account, resource });
}

/** A string member of an input, or undefined. */
export function textOf(input: Record<string, unknown>, member: string): string | undefined {
  const value = input[member];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
