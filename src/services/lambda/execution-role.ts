/**
 * With --enforce-iam, a function runs with its execution role's temporary credentials, as on AWS:
 * STS issues them to lambda.amazonaws.com (StsApi.credentialsForService, which checks the role's
 * trust policy) and they go into AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, so
 * the function's own calls are authorized by the role's policies. They are renewed when less than
 * RENEW_BEFORE_MS is left; a renewal is a new generation, and environments started with older
 * credentials are not reused (their pool key names the generation). Without enforcement, functions
 * keep the credentials they had.
 */
import type { Runtime } from '../../core/runtime.js';
import type { StsApi } from '../sts/api.js';

/** Renewed this long before they expire: an invocation may run up to 15 minutes. */
const RENEW_BEFORE_MS = 20 * 60_000;

interface HeldCredentials {
  roleArn: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: number;
  generation: number;
}

interface FunctionKey {
  account: string;
  region: string;
  name: string;
}

export class ExecutionRoleCredentials {
  private readonly held = new Map<string, HeldCredentials>();

  constructor(private readonly runtime: Runtime) {}

  /** Credentials for the function's role, fresh enough for an invocation (a no-op without enforcement). */
  async prepare(fn: FunctionKey, roleArn: string): Promise<void> {
    if (!this.runtime.options.enforceIam) return;
    const key = keyOf(fn);
    const held = this.held.get(key);
    if (held && held.roleArn === roleArn && held.expiration - this.runtime.clock.now() > RENEW_BEFORE_MS) return;
    const sts = await this.runtime.api<StsApi>('sts');
    const issued = await sts.credentialsForService({ roleArn, sessionName: fn.name, servicePrincipal: 'lambda.amazonaws.com' });
    this.held.set(key, { roleArn, ...issued, generation: (held?.generation ?? 0) + 1 });
  }

  /** Which credentials an environment of this function starts with ('' without enforcement): part of its pool key. */
  generation(fn: FunctionKey): string {
    const held = this.held.get(keyOf(fn));
    return held ? `#role${held.generation}` : '';
  }

  /** The variables that carry them into the function's environment, or none. */
  environment(fn: FunctionKey): Record<string, string> {
    const held = this.held.get(keyOf(fn));
    if (!held) return {};
    return { AWS_ACCESS_KEY_ID: held.accessKeyId, AWS_SECRET_ACCESS_KEY: held.secretAccessKey, AWS_SESSION_TOKEN: held.sessionToken };
  }
}

const byRuntime = new WeakMap<Runtime, ExecutionRoleCredentials>();

/** The runtime's one holder of execution-role credentials. */
export function executionRoleCredentials(runtime: Runtime): ExecutionRoleCredentials {
  let credentials = byRuntime.get(runtime);
  if (!credentials) byRuntime.set(runtime, (credentials = new ExecutionRoleCredentials(runtime)));
  return credentials;
}

function keyOf(fn: FunctionKey): string {
  return `${fn.account}/${fn.region}/${fn.name}`;
}
