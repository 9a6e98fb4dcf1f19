import type { RequestContext } from '../../core/context.js';
import type { CallerIdentity } from '../../core/identity.js';
import { partitionOf } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import type { Timer } from '../../core/clock.js';
import type { IamApi } from '../iam/api.js';
import { newTemporaryCredentials } from './credentials.js';
import { expiredSessionToken, invalidClientToken } from './errors.js';
import { StsState, type SessionDetails } from './state.js';

/**
 * How long an expired session stays resolvable before the sweep removes it: long enough that a
 * client still using it is told ExpiredToken (the gateway's answer) rather than "unknown key".
 */
export const EXPIRED_SESSION_RETENTION_MS = 24 * 3600_000;

/** What STS's operation groups share: the store, the live sessions by key, IAM, the clock. */
export class StsService {
  readonly state: StsState;
  /** Every stored session by access key id, in step with sts_sessions: the resolver reads only this. */
  private readonly sessions = new Map<string, { identity: CallerIdentity; details: SessionDetails }>();
  /** Service sessions by principal, role and session name → their key, for reuse while they live. */
  private readonly serviceSessions = new Map<string, string>();
  private readonly unregister: () => void;
  private sweepTimer: Timer | undefined;
  private sweepDue = Infinity;

  constructor(readonly runtime: Runtime) {
    this.state = new StsState(runtime.store);
    for (const row of this.state.allSessions()) this.remember(row.identity, row.details);
    this.unregister = runtime.identities.register((accessKeyId) => this.sessions.get(accessKeyId)?.identity);
    this.scheduleSweep();
  }

  /** --enforce-iam: trust policies are evaluated and roles must exist. */
  get enforcing(): boolean {
    return this.runtime.options.enforceIam === true;
  }

  now(): number {
    return this.runtime.clock.now();
  }

  /** When credentials issued now for this long expire: AWS's Expiration is to the second. */
  expiryAfter(seconds: number): number {
    return Math.floor(this.now() / 1000) * 1000 + seconds * 1000;
  }

  /** IAM's contract (roles, identity providers, managed policy documents), loading IAM if need be. */
  iam(): Promise<IamApi | undefined> {
    return this.runtime.optionalApi<IamApi>('iam');
  }

  /**
   * Who signed the request: the gateway's resolved caller, else the key's identity as STS or IAM
   * issued it, else undefined (root of the request's account, or a key nobody issued).
   */
  caller(context: RequestContext): CallerIdentity | undefined {
    return context.caller ?? this.runtime.identities.resolve(context.accessKeyId);
  }

  /**
   * The caller, refused as the gateway refuses it when its credentials no longer hold (expired
   * session, inactive key): kept here too so STS answers rightly even before the gateway checks.
   */
  liveCaller(context: RequestContext): CallerIdentity | undefined {
    const caller = this.caller(context);
    if (!caller) return undefined;
    if (!caller.active) throw invalidClientToken();
    if (caller.expiresAt !== undefined && caller.expiresAt <= this.now()) throw expiredSessionToken();
    return caller;
  }

  /** The caller as the principal policies see: its identity, or root of the request's account. */
  principalOf(context: RequestContext): CallerIdentity {
    return this.liveCaller(context) ?? rootIdentity(context.accountId, context.accessKeyId ?? '', partitionOf(context.region));
  }

  /** A session with fresh credentials: stored, resolvable at once, swept some time after it expires. */
  issue(identity: Omit<CallerIdentity, 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'active'> & { expiresAt: number }, details: SessionDetails): CallerIdentity {
    const credentials = newTemporaryCredentials();
    const session: CallerIdentity = { ...identity, ...credentials, active: true };
    this.state.insertSession({ identity: session, details, createdAt: this.now() });
    this.remember(session, details);
    this.scheduleSweep();
    return session;
  }

  session(accessKeyId: string): { identity: CallerIdentity; details: SessionDetails } | undefined {
    return this.sessions.get(accessKeyId);
  }

  /** A live service session of this role and name for this principal, reused rather than minting one a call. */
  liveServiceSession(roleArn: string, sessionName: string, servicePrincipal: string, minimumRemainingMs: number): CallerIdentity | undefined {
    const key = this.serviceSessions.get(serviceSessionKey(servicePrincipal, roleArn, sessionName));
    const identity = key === undefined ? undefined : this.sessions.get(key)?.identity;
    if (!identity || (identity.expiresAt ?? 0) - this.now() < minimumRemainingMs) return undefined;
    return identity;
  }

  private remember(identity: CallerIdentity, details: SessionDetails): void {
    this.sessions.set(identity.accessKeyId, { identity, details });
    if (details.servicePrincipal !== undefined && details.sessionName !== undefined) {
      this.serviceSessions.set(serviceSessionKey(details.servicePrincipal, identity.principalArn, details.sessionName), identity.accessKeyId);
    }
  }

  close(): void {
    this.unregister();
    this.sweepTimer?.cancel();
    this.sweepTimer = undefined;
    this.sessions.clear();
    this.serviceSessions.clear();
  }

  /** One timer, at the next moment a stored session becomes old enough to remove. */
  private scheduleSweep(): void {
    const earliest = this.state.earliestExpiry();
    if (earliest === undefined) return;
    const due = earliest + EXPIRED_SESSION_RETENTION_MS;
    if (this.sweepTimer && due >= this.sweepDue) return;
    this.sweepTimer?.cancel();
    this.sweepDue = due;
    this.sweepTimer = this.runtime.clock.at(due, () => {
      this.sweepTimer = undefined;
      this.sweepDue = Infinity;
      for (const key of this.state.deleteExpiredBefore(this.now() - EXPIRED_SESSION_RETENTION_MS)) {
        const details = this.sessions.get(key)?.details;
        this.sessions.delete(key);
        if (details?.servicePrincipal === undefined) continue;
        for (const [name, held] of this.serviceSessions) if (held === key) this.serviceSessions.delete(name);
      }
      this.scheduleSweep();
    });
  }
}

function serviceSessionKey(servicePrincipal: string, roleArn: string, sessionName: string): string {
  return `${servicePrincipal}\n${roleArn}\n${sessionName}`;
}

/** Root of an account, as GetCallerIdentity names it. */
export function rootIdentity(account: string, accessKeyId: string, partition = 'aws'): CallerIdentity {
  const arn = `arn:${partition}:iam::${account}:root`;
  return { kind: 'root', account, arn, userId: account, principalArn: arn, accessKeyId, secretAccessKey: '', active: true };
}
