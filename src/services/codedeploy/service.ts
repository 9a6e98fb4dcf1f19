import { randomInt } from 'node:crypto';
import { arn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import type { RequestContext } from '../../core/context.js';
import { applicationDoesNotExist, deploymentDoesNotExist, deploymentGroupDoesNotExist, deploymentIdRequired, invalidDeploymentId } from './errors.js';
import { CodeDeployState, type ApplicationRow, type DeploymentDoc, type DeploymentGroupDoc } from './state.js';

export const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;

/** What every CodeDeploy operation group shares: the state and the clock. */
export class CodeDeployService {
  readonly state: CodeDeployState;

  constructor(readonly runtime: Runtime) {
    this.state = new CodeDeployState(runtime.store);
  }

  now(): number {
    return this.runtime.clock.now();
  }

  requireApplication(account: string, region: string, name: string): ApplicationRow {
    const app = this.state.application(account, region, name);
    if (!app) throw applicationDoesNotExist(name);
    return app;
  }

  requireDeploymentGroup(account: string, region: string, application: string, name: string): DeploymentGroupDoc {
    const group = this.state.deploymentGroup(account, region, application, name);
    if (!group) throw deploymentGroupDoesNotExist(name);
    return group;
  }

  /** The caller's deployment an id names: DeploymentIdRequired, InvalidDeploymentId or DeploymentDoesNotExist otherwise. */
  requireDeployment(id: string | undefined, context: RequestContext): DeploymentDoc {
    if (!id) throw deploymentIdRequired();
    if (!DEPLOYMENT_ID.test(id)) throw invalidDeploymentId(id);
    const doc = this.state.deployment(id);
    if (!doc || doc.account !== context.accountId || doc.region !== context.region) throw deploymentDoesNotExist(id);
    return doc;
  }

  /** A deployment id as AWS gives them: d- and nine capital letters and digits. */
  newDeploymentId(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    for (;;) {
      let id = 'd-';
      for (let i = 0; i < 9; i++) id += alphabet[randomInt(alphabet.length)];
      if (!this.state.deployment(id)) return id;
    }
  }

  applicationArn(account: string, region: string, name: string): string {
    return arn({ service: 'codedeploy', region, account, resource: `application:${name}` });
  }

  deploymentGroupArn(account: string, region: string, application: string, name: string): string {
    return arn({ service: 'codedeploy', region, account, resource: `deploymentgroup:${application}/${name}` });
  }
}
