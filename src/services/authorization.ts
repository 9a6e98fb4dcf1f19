/**
 * --enforce-iam: each service's side of authorization (services/<id>/authorization.ts: the action
 * and resource each operation needs, its resource policies, its AccessDenied error), loaded on a
 * service's first authorized request, and the authorizer the runtime runs before every operation
 * of a caller IAM or STS issued. Root keys, the default `test` key and keys nobody issued keep full
 * access; a user gets what its policies give, a role session what its role's and session policies give.
 */
import { accessDeniedMessage, authorize, type AuthorizationResult, type ConditionValues } from '../core/authorization.js';
import type { RequestContext } from '../core/context.js';
import type { CallerIdentity } from '../core/identity.js';
import { parseArn } from '../core/ids.js';
import { parsePolicy, wildcardMatch, type PolicyDocument } from '../core/policy.js';
import type { ConnectionFacts, RequestAuthorizer, ResourceAccess, ResourceFacts, ServiceAuthorization } from '../core/request-authorization.js';
import type { Runtime } from '../core/runtime.js';
import type { IamApi, PrincipalPolicies } from './iam/api.js';

interface AuthorizationModule {
  authorization(runtime: Runtime): ServiceAuthorization;
}

/** Each served service's authorization table, by model id; loaded on first use. */
export const SERVICE_AUTHORIZATIONS: Record<string, () => Promise<AuthorizationModule>> = {
  sqs: () => import('./sqs/authorization.js'),
  s3: () => import('./s3/authorization.js'),
  dynamodb: () => import('./dynamodb/authorization.js'),
  dynamodbstreams: () => import('./dynamodbstreams/authorization.js'),
  lambda: () => import('./lambda/authorization.js'),
  logs: () => import('./logs/authorization.js'),
  cloudwatch: () => import('./cloudwatch/authorization.js'),
  sns: () => import('./sns/authorization.js'),
  events: () => import('./events/authorization.js'),
  scheduler: () => import('./scheduler/authorization.js'),
  pipes: () => import('./pipes/authorization.js'),
  schemas: () => import('./schemas/authorization.js'),
  kinesis: () => import('./kinesis/authorization.js'),
  firehose: () => import('./firehose/authorization.js'),
  kinesisanalyticsv2: () => import('./kinesisanalyticsv2/authorization.js'),
  iam: () => import('./iam/authorization.js'),
  sts: () => import('./sts/authorization.js'),
  codedeploy: () => import('./codedeploy/authorization.js'),
};

/** STS calls that need no permission at all: AWS answers them for any valid key. */
const UNAUTHORIZED_CALLS = new Set(['sts:GetCallerIdentity', 'sts:GetSessionToken', 'sts:GetAccessKeyInfo', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML']);

/** Parsed policy documents by their text: the same few documents come with every request. */
class PolicyCache {
  private readonly parsed = new Map<string, PolicyDocument>();

  document(text: string): PolicyDocument {
    let document = this.parsed.get(text);
    if (!document) {
      document = parsePolicy(text);
      // Bounded: documents are edited rarely, but an endless stream of new texts must not grow memory.
      if (this.parsed.size >= 2048) this.parsed.clear();
      this.parsed.set(text, document);
    }
    return document;
  }
}

/** IAM operations that change nothing (what a principal's policies are stays as it was). */
const IAM_READS = /^(Get|List|Simulate|Generate)/;

/**
 * A principal's policies as IAM gave them, kept until IAM changes anything: reading them costs
 * IAM several queries a request, and the bench (bench/iam-enforcement.ts) showed it. Every IAM
 * write, through the gateway, moves the version before and after it runs, so an entry read while
 * a write was under way is not used after it.
 */
class PrincipalPolicyCache {
  private version = 0;
  private readonly entries = new Map<string, { version: number; grants: PrincipalGrants }>();

  get(key: string, read: () => PrincipalGrants): PrincipalGrants {
    const held = this.entries.get(key);
    if (held && held.version === this.version) return held.grants;
    const grants = read();
    if (this.entries.size >= 4096) this.entries.clear();
    this.entries.set(key, { version: this.version, grants });
    return grants;
  }

  changed(): void {
    this.version++;
  }
}

const NOT_HELD = Symbol('not held');

/**
 * Resources' policies and owners as their services told them, per service, until an operation that
 * can change them (ServiceAuthorization.factsChangedBy) runs, before and after it; a service started
 * anew (a reset, a state load) starts a new cache.
 */
class ResourceFactsCache {
  private readonly byService = new Map<string, { provider: unknown; version: number; facts: Map<string, { version: number; facts: ResourceFacts | undefined }> }>();

  /** The facts held for a resource, or NOT_HELD. */
  peek(service: string, provider: unknown, resource: string): ResourceFacts | undefined | typeof NOT_HELD {
    const cache = this.byService.get(service);
    if (!cache || cache.provider !== provider) return NOT_HELD;
    const held = cache.facts.get(resource);
    return held && held.version === cache.version ? held.facts : NOT_HELD;
  }

  async get(service: string, provider: unknown, resource: string, read: () => Promise<ResourceFacts | undefined> | ResourceFacts | undefined): Promise<ResourceFacts | undefined> {
    let cache = this.byService.get(service);
    if (!cache || cache.provider !== provider) this.byService.set(service, (cache = { provider, version: 0, facts: new Map() }));
    const held = cache.facts.get(resource);
    if (held && held.version === cache.version) return held.facts;
    const version = cache.version;
    const facts = await read();
    if (cache.facts.size >= 4096) cache.facts.clear();
    cache.facts.set(resource, { version, facts });
    return facts;
  }

  changed(service: string): void {
    const cache = this.byService.get(service);
    if (cache) cache.version++;
  }
}

/**
 * The authorizer the entry point gives the runtime: it acts only with --enforce-iam and a caller
 * IAM or STS issued. Once a service's table, IAM and a resource's facts are at hand (every request
 * but the first few), it decides without waiting a turn; else it loads what it lacks first.
 */
export function createRequestAuthorizer(runtime: Runtime): RequestAuthorizer {
  const loading = new Map<string, Promise<ServiceAuthorization | undefined>>();
  const loaded = new Map<string, ServiceAuthorization | undefined>();
  const policies = new PolicyCache();
  const principals = new PrincipalPolicyCache();
  const resources = new ResourceFactsCache();

  const serviceAuthorization = (service: string): Promise<ServiceAuthorization | undefined> => {
    let pending = loading.get(service);
    if (!pending) {
      const load = SERVICE_AUTHORIZATIONS[service];
      pending = (load ? load().then((module) => module.authorization(runtime)) : Promise.resolve(undefined)).then((table) => {
        loaded.set(service, table);
        return table;
      });
      loading.set(service, pending);
    }
    return pending;
  };

  /** A resource's facts: held ones at once, else asked of the service (and held when it says what changes them). */
  const factsOf = (service: ServiceAuthorization, context: RequestContext, resource: string): Promise<ResourceFacts | undefined> | ResourceFacts | undefined => {
    if (resource === '*' || !service.resourceFacts) return undefined;
    if (!service.factsChangedBy) return service.resourceFacts(resource, context);
    const provider = runtime.startedProvider(context.service);
    const held = resources.peek(context.service, provider, resource);
    if (held !== NOT_HELD) return held;
    return resources.get(context.service, provider, resource, () => service.resourceFacts!(resource, context));
  };

  /** Everything after the service's table is known: synchronous while what it needs is at hand. */
  const decide = (service: ServiceAuthorization, context: RequestContext, input: Record<string, unknown>, connection: ConnectionFacts, loadedIam?: { api: IamApi | undefined }): Promise<void> | void => {
    const caller = context.caller;
    // Root keys (and keys nobody issued) have full access; AWS's own checks of roles still apply to them.
    const accesses = caller && caller.kind !== 'root' ? service.accesses(context.operation, input, context).filter((access) => !UNAUTHORIZED_CALLS.has(access.action)) : [];
    if (caller && accesses.length) {
      const iam = loadedIam ? loadedIam.api : (runtime.startedProvider('iam')?.api as IamApi | undefined);
      if (!iam && !loadedIam && runtime.implements('iam')) return decideLater(service, context, input, connection);
      const principal = principalPolicies(iam, caller, policies, principals);
      const global = globalConditions(runtime, context, caller, connection);
      for (let at = 0; at < accesses.length; at++) {
        const access = accesses[at]!;
        const facts = factsOf(service, context, access.resource);
        if (facts instanceof Promise) return decideRest(service, context, caller, principal, accesses.slice(at), global, facts).then(() => service.enforcedChecks?.(context.operation, input, context));
        judge(service, context, caller, principal, access, global, policies, facts);
      }
    }
    return service.enforcedChecks?.(context.operation, input, context);
  };

  /** The same, once IAM has started. */
  const decideLater = async (service: ServiceAuthorization, context: RequestContext, input: Record<string, unknown>, connection: ConnectionFacts): Promise<void> => {
    // Without an IAM to ask, the caller has no identity policies.
    await decide(service, context, input, connection, { api: await runtime.optionalApi<IamApi>('iam') });
  };

  /** The accesses left once a resource's facts had to be asked for. */
  const decideRest = async (service: ServiceAuthorization, context: RequestContext, caller: CallerIdentity, principal: CallerPolicies, accesses: ResourceAccess[], global: ConditionValues, first: Promise<ResourceFacts | undefined>): Promise<void> => {
    judge(service, context, caller, principal, accesses[0]!, global, policies, await first);
    for (const access of accesses.slice(1)) judge(service, context, caller, principal, access, global, policies, await factsOf(service, context, access.resource));
  };

  return (context, input, connection) => {
    if (!runtime.options.enforceIam) return undefined;
    // An IAM write, whoever makes it, ends what is cached of principals' policies (before and after it runs).
    const iamWrite = context.service === 'iam' && !IAM_READS.test(context.operation);
    if (iamWrite) principals.changed();
    const after = (service: ServiceAuthorization | undefined): (() => void) | undefined => {
      const factsChange = service?.factsChangedBy?.test(context.operation) ?? false;
      if (!iamWrite && !factsChange) return undefined;
      return () => {
        if (iamWrite) principals.changed();
        if (factsChange) resources.changed(context.service);
      };
    };
    const run = (service: ServiceAuthorization | undefined): Promise<(() => void) | undefined> | (() => void) | undefined => {
      // A service without a table (none today) is refused rather than left open.
      if (!service) throw new Error(`no authorization table for ${context.service}`);
      if (service.factsChangedBy?.test(context.operation)) resources.changed(context.service);
      const decided = decide(service, context, input, connection);
      return decided instanceof Promise ? decided.then(() => after(service)) : after(service);
    };
    return loaded.has(context.service) ? run(loaded.get(context.service)) : serviceAuthorization(context.service).then(run);
  };
}

/** The statements of a document that can apply to an action (by Action/NotAction); the rest cannot change a decision on it. */
function statementsFor(document: PolicyDocument, action: string): PolicyDocument {
  const applies = (statement: PolicyDocument['Statement'][number]): boolean => {
    const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
    if (statement.Action !== undefined) return list(statement.Action).some((pattern) => wildcardMatch(String(pattern), action, true));
    if (statement.NotAction !== undefined) return !list(statement.NotAction).some((pattern) => wildcardMatch(String(pattern), action, true));
    return true;
  };
  return { ...document, Statement: document.Statement.filter(applies) };
}

/**
 * A principal's identity policies and boundary, parsed, and narrowed per action to the statements
 * that can apply to it: a user with ten policies of a few statements each is judged on the one or
 * two that name the action, which keeps the evaluation of each request cheap.
 */
interface ActionGrants {
  identity: PolicyDocument[];
  boundary?: PolicyDocument;
  /** No statement left has a Condition or a policy variable: the decision depends on the resource alone. */
  unconditional: boolean;
  /** Decisions by resource, kept only while `unconditional` and no resource or session policy takes part. */
  decisions: Map<string, AuthorizationResult>;
}

class PrincipalGrants {
  private readonly byAction = new Map<string, ActionGrants>();

  constructor(
    private readonly identity: PolicyDocument[],
    private readonly boundary: PolicyDocument | undefined,
    readonly tags: Record<string, string>,
  ) {}

  forAction(action: string): ActionGrants {
    let narrowed = this.byAction.get(action);
    if (!narrowed) {
      const identity = this.identity.map((document) => statementsFor(document, action));
      const boundary = this.boundary && statementsFor(this.boundary, action);
      const statements = [...identity, ...(boundary ? [boundary] : [])].flatMap((document) => document.Statement);
      const unconditional = statements.every((statement) => statement.Condition === undefined && !JSON.stringify(statement).includes('${'));
      narrowed = { identity, boundary, unconditional, decisions: new Map() };
      if (this.byAction.size >= 256) this.byAction.clear();
      this.byAction.set(action, narrowed);
    }
    return narrowed;
  }
}

interface CallerPolicies {
  grants: PrincipalGrants;
  sessionPolicies?: PolicyDocument[];
  tags: Record<string, string>;
}

/** The caller's identity policies (a session's are its role's), boundary and session policies. */
function principalPolicies(iam: IamApi | undefined, caller: CallerIdentity, cache: PolicyCache, principals: PrincipalPolicyCache): CallerPolicies {
  // The unique id (AIDA…, AROA…) keeps a principal deleted and made again under its name apart (and a reset's).
  const key = `${caller.principalArn}|${caller.userId.split(':')[0]}`;
  const grants = principals.get(key, () => {
    const found: PrincipalPolicies | undefined = iam?.policiesOf(caller.principalArn);
    const identity = (found?.identityPolicies ?? []).map((policy) => cache.document(policy.document));
    return new PrincipalGrants(identity, found?.permissionsBoundary ? cache.document(found.permissionsBoundary) : undefined, found?.tags ?? {});
  });
  return {
    grants,
    sessionPolicies: caller.sessionPolicies ? caller.sessionPolicies.map((text) => cache.document(text)) : undefined,
    // A session's own tags win over its role's.
    tags: caller.tags ? { ...grants.tags, ...caller.tags } : grants.tags,
  };
}

/** aws:CurrentTime to the second, made once a second rather than once a request. */
let currentSecond = -1;
let currentTime = '';

/**
 * The global condition keys of the request (authorize adds the principal's own: aws:PrincipalArn,
 * aws:PrincipalAccount, aws:PrincipalType, aws:username, aws:PrincipalTag/…).
 */
function globalConditions(runtime: Runtime, context: RequestContext, caller: CallerIdentity, connection: ConnectionFacts): ConditionValues {
  const second = Math.floor(runtime.clock.now() / 1000);
  if (second !== currentSecond) {
    currentSecond = second;
    currentTime = new Date(second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const conditions: ConditionValues = {
    'aws:CurrentTime': currentTime,
    'aws:EpochTime': second,
    'aws:SecureTransport': connection.secureTransport,
    'aws:RequestedRegion': context.region,
    'aws:userid': caller.userId,
  };
  if (connection.sourceIp) conditions['aws:SourceIp'] = connection.sourceIp.startsWith('::ffff:') ? connection.sourceIp.slice(7) : connection.sourceIp;
  return conditions;
}

/** Decides one access; throws the service's AccessDenied error when the policies do not allow it. */
function judge(
  service: ServiceAuthorization,
  context: RequestContext,
  caller: CallerIdentity,
  policies: CallerPolicies,
  access: ResourceAccess,
  global: ConditionValues,
  cache: PolicyCache,
  facts: ResourceFacts | undefined,
): void {
  const resourceAccount = access.resourceAccount ?? facts?.account ?? accountOfArn(access.resource) ?? caller.account;
  let conditions = access.conditions ? { ...global, ...access.conditions } : global;
  if (facts?.tags) {
    conditions = { ...conditions };
    for (const [key, value] of Object.entries(facts.tags)) conditions[`aws:ResourceTag/${key}`] = value;
  }
  const narrowed = policies.grants.forAction(access.action);
  const resourcePolicy = facts?.policy ? resourcePolicyOf(facts.policy, cache) : undefined;
  const decisionKey = narrowed.unconditional && !resourcePolicy && !policies.sessionPolicies ? `${access.resource}\u0000${resourceAccount}` : undefined;
  const known = decisionKey === undefined ? undefined : narrowed.decisions.get(decisionKey);
  const result = known ?? authorize({
    principal: { account: caller.account, arn: caller.arn, principalArn: caller.principalArn, kind: caller.kind, userName: caller.userName, tags: policies.tags },
    action: access.action,
    resource: access.resource,
    resourceAccount,
    identityPolicies: narrowed.identity,
    permissionsBoundary: narrowed.boundary,
    sessionPolicies: policies.sessionPolicies,
    resourcePolicy,
    context: conditions,
  });
  if (decisionKey !== undefined && !known) {
    if (narrowed.decisions.size >= 1024) narrowed.decisions.clear();
    narrowed.decisions.set(decisionKey, result);
  }
  if (result.decision === 'allowed') return;
  throw service.accessDenied(accessDeniedMessage(caller.arn, access.action, access.resource, result), context);
}

/** A resource's stored policy; one that is not a policy document (services check theirs when set) grants nothing. */
function resourcePolicyOf(text: string, cache: PolicyCache): PolicyDocument | undefined {
  try {
    return cache.document(text);
  } catch {
    return undefined;
  }
}

/** The account an ARN names; undefined for `*` and ARNs without one (S3 buckets, IAM's global ones have theirs). */
function accountOfArn(resource: string): string | undefined {
  if (resource === '*') return undefined;
  const account = parseArn(resource)?.account;
  return account && /^\d{12}$/.test(account) ? account : undefined;
}
