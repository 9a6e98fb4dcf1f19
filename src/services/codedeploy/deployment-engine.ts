import { randomBytes } from 'node:crypto';
import type { Timer } from '../../core/clock.js';
import { arn } from '../../core/ids.js';
import type { CloudWatchApi } from '../cloudwatch/api.js';
import type { LambdaApi } from '../lambda/api.js';
import type { CodeDeployService } from './service.js';
import type { DeploymentDoc, DeploymentStatus, LifecycleEventRecord } from './state.js';
import { fireTriggers } from './triggers.js';

/** A hook has an hour to report with PutLifecycleEventHookExecutionStatus, as on AWS. */
export const HOOK_TIMEOUT_MS = 60 * 60_000;
/** How often a running deployment's CloudWatch alarms are looked at. */
export const ALARM_POLL_MS = 15_000;
const MINUTE_MS = 60_000;

type ErrorCode = NonNullable<DeploymentDoc['errorInformation']>['code'];

/**
 * Runs Lambda deployments on the clock: BeforeAllowTraffic hook, traffic moved to the target
 * version by the configuration's steps (the alias' AdditionalVersionWeights), AfterAllowTraffic
 * hook; stops on a group alarm in ALARM or on request, and rolls back as the group says. Every
 * step is written to the store first, so a restart takes each deployment up where it stood.
 */
export class DeploymentEngine {
  private readonly timers = new Map<string, Timer>();
  private readonly alarmWatches = new Map<string, Timer>();
  /** One chain of work per deployment: a timer and a hook's report never act on it at once. */
  private readonly chains = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly service: CodeDeployService) {}

  /** Takes up every deployment a restart found unfinished. */
  resume(): void {
    for (const doc of this.service.state.unfinishedDeployments()) this.schedule(doc);
  }

  /** Starts a deployment just stored (status Created): it begins at once, on the clock. */
  start(doc: DeploymentDoc): void {
    this.schedule(doc);
  }

  close(): void {
    this.closed = true;
    for (const timer of [...this.timers.values(), ...this.alarmWatches.values()]) timer.cancel();
    this.timers.clear();
    this.alarmWatches.clear();
  }

  /** A hook's report: the event succeeds and the deployment moves on, or fails and the deployment with it. */
  hookReported(deploymentId: string, executionId: string, status: 'Succeeded' | 'Failed'): Promise<void> {
    return this.run(deploymentId, async (doc) => {
      const event = doc.events.find((e) => e.hookExecutionId === executionId);
      if (!event || event.status !== 'InProgress') return;
      const now = this.service.now();
      event.status = status;
      event.endTime = now;
      event.diagnostics = status === 'Succeeded'
        ? { errorCode: 'Success', message: 'Succeeded', scriptName: '', logTail: '' }
        : { errorCode: 'ScriptFailed', message: `The hook ${event.hookFunction} reported Failed.`, scriptName: '', logTail: '' };
      doc.nextAt = undefined;
      if (status === 'Failed') {
        await this.fail(doc, 'HOOK_EXECUTION_FAILURE', `The deployment failed because the ${event.name} lifecycle event hook ${event.hookFunction} reported Failed.`);
        return;
      }
      await this.advance(doc);
    });
  }

  /** StopDeployment: the deployment stops where it is; traffic goes back when asked (or when the group says so). */
  stop(deploymentId: string, rollback: boolean | undefined): Promise<void> {
    return this.run(deploymentId, async (doc) => {
      if (!isActive(doc.status)) return;
      const byGroup = Boolean(doc.autoRollbackConfiguration?.enabled && doc.autoRollbackConfiguration.events?.includes('DEPLOYMENT_STOP_ON_REQUEST'));
      await this.finish(doc, 'Stopped', 'MANUAL_STOP', 'The deployment was stopped by a StopDeployment request.', rollback ?? byGroup);
    });
  }

  // ------------------------------------------------------------ the steps

  private schedule(doc: DeploymentDoc): void {
    this.timers.get(doc.deploymentId)?.cancel();
    this.timers.delete(doc.deploymentId);
    if (this.closed || !isActive(doc.status)) return;
    // Created begins now; a deployment with nothing to wait for (a crash between two steps) goes on now.
    const due = doc.status === 'Created' ? this.service.now() : doc.nextAt ?? this.service.now();
    this.timers.set(doc.deploymentId, this.service.runtime.clock.at(due, () => {
      this.timers.delete(doc.deploymentId);
      void this.run(doc.deploymentId, (current) => this.onTimer(current));
    }));
    this.watchAlarms(doc);
  }

  /** Runs fn on the stored deployment, after whatever runs on it already; saves and reschedules after. Never rejects. */
  private run(deploymentId: string, fn: (doc: DeploymentDoc) => Promise<void>): Promise<void> {
    const previous = this.chains.get(deploymentId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const doc = this.service.state.deployment(deploymentId);
      if (!doc || this.closed) return;
      const stored = JSON.stringify(doc);
      try {
        await fn(doc);
      } catch (error) {
        // A step that throws (the store, another service) fails its deployment rather than leaving it hanging.
        this.service.runtime.log.warn({ err: String(error), deploymentId }, 'codedeploy: a deployment step failed');
        if (isActive(doc.status)) {
          await this.fail(doc, 'INTERNAL_ERROR', `The deployment failed: ${error instanceof Error ? error.message : String(error)}`).catch((again: unknown) => {
            this.service.runtime.log.warn({ err: String(again), deploymentId }, 'codedeploy: a failed deployment could not be wound up');
          });
        }
      }
      try {
        // Written back only when changed: a quiet alarm poll must not overwrite a rename made meanwhile.
        if (JSON.stringify(doc) !== stored) this.service.state.putDeployment(doc);
        this.schedule(doc);
      } catch (error) {
        this.service.runtime.log.warn({ err: String(error), deploymentId }, 'codedeploy: a deployment could not be saved');
      }
    });
    const settled = next.finally(() => {
      if (this.chains.get(deploymentId) === settled) this.chains.delete(deploymentId);
    });
    this.chains.set(deploymentId, settled);
    return settled;
  }

  private async onTimer(doc: DeploymentDoc): Promise<void> {
    if (doc.status === 'Created') {
      await this.begin(doc);
      return;
    }
    if (!isActive(doc.status)) return;
    if (doc.nextAt === undefined) {
      await this.advance(doc);
      return;
    }
    if (doc.nextAt > this.service.now()) return;
    doc.nextAt = undefined;
    const running = doc.events.find((e) => e.status === 'InProgress');
    if (running && running.name !== 'AllowTraffic') {
      running.status = 'Failed';
      running.endTime = this.service.now();
      running.diagnostics = { errorCode: 'ScriptTimedOut', message: `The hook ${running.hookFunction} did not report a status within an hour.`, scriptName: '', logTail: '' };
      await this.fail(doc, 'TIMEOUT', `The deployment failed because the ${running.name} lifecycle event hook ${running.hookFunction} did not report within an hour.`);
      return;
    }
    if (running) await this.shiftTraffic(doc, running);
    await this.advance(doc);
  }

  /** Created → InProgress: the alias and both versions must be there, and the alias on CurrentVersion. */
  private async begin(doc: DeploymentDoc): Promise<void> {
    const now = this.service.now();
    doc.status = 'InProgress';
    doc.startTime = now;
    doc.target.status = 'InProgress';
    doc.target.lastUpdatedAt = now;
    const lambda = await this.lambda();
    const { functionName, alias, currentVersion, targetVersion } = doc.target;
    const routing = lambda.alias({ functionName, alias, account: doc.account, region: doc.region });
    if (!routing) {
      await this.fail(doc, 'INVALID_LAMBDA_FUNCTION', `The Lambda function ${functionName} or its alias ${alias} does not exist.`);
      return;
    }
    for (const version of [currentVersion, targetVersion]) {
      if (!routing.publishedVersions.includes(version)) {
        await this.fail(doc, 'INVALID_LAMBDA_CONFIGURATION', `Version ${version} of the Lambda function ${functionName} does not exist.`);
        return;
      }
    }
    if (currentVersion === targetVersion) {
      await this.fail(doc, 'INVALID_LAMBDA_CONFIGURATION', `The AppSpec's CurrentVersion and TargetVersion are both ${currentVersion}: there is no traffic to shift.`);
      return;
    }
    if (routing.functionVersion !== currentVersion) {
      await this.fail(doc, 'INVALID_LAMBDA_CONFIGURATION', `The alias ${alias} of ${functionName} points to version ${routing.functionVersion}, not to the AppSpec's CurrentVersion ${currentVersion}.`);
      return;
    }
    await fireTriggers(this.service, doc, 'DeploymentStart');
    await this.advance(doc);
  }

  /** Moves through the lifecycle events until one has to wait (a hook's report, a traffic step) or all are done. */
  private async advance(doc: DeploymentDoc): Promise<void> {
    for (;;) {
      if (!isActive(doc.status)) return;
      if (await this.alarmFired(doc)) return;
      const running = doc.events.find((e) => e.status === 'InProgress');
      if (running) {
        if (running.name === 'AllowTraffic' && doc.target.weight >= 100) {
          running.status = 'Succeeded';
          running.endTime = this.service.now();
          continue;
        }
        return;
      }
      const next = doc.events.find((e) => e.status === 'Pending');
      if (!next) {
        await this.succeed(doc);
        return;
      }
      const now = this.service.now();
      next.startTime = now;
      if (next.name === 'AllowTraffic') {
        next.status = 'InProgress';
        await this.shiftTraffic(doc, next);
        continue;
      }
      const hook = doc.hooks[next.name];
      if (!hook) {
        next.status = 'Skipped';
        next.endTime = now;
        continue;
      }
      next.status = 'InProgress';
      next.hookFunction = hook;
      next.hookExecutionId = randomBytes(96).toString('base64url');
      doc.nextAt = now + HOOK_TIMEOUT_MS;
      this.service.state.putDeployment(doc);
      const lambda = await this.lambda();
      const functionArn = hook.startsWith('arn:') ? hook : arn({ service: 'lambda', region: doc.region, account: doc.account, resource: `function:${hook}` });
      if (!lambda.functionExists(functionArn)) {
        next.status = 'Failed';
        next.endTime = now;
        next.diagnostics = { errorCode: 'ScriptMissing', message: `The hook function ${hook} does not exist.`, scriptName: '', logTail: '' };
        doc.nextAt = undefined;
        await this.fail(doc, 'HOOK_EXECUTION_FAILURE', `The deployment failed because the ${next.name} lifecycle event hook ${hook} does not exist.`);
        return;
      }
      // CodeDeploy invokes a hook asynchronously; the hook answers through PutLifecycleEventHookExecutionStatus.
      lambda.invokeAsync({ functionArn, payload: JSON.stringify({ DeploymentId: doc.deploymentId, LifecycleEventHookExecutionId: next.hookExecutionId }), sourceAccount: doc.account });
      return;
    }
  }

  /** One traffic step: the first (canary or linear percentage, or all), or the next after an interval. */
  private async shiftTraffic(doc: DeploymentDoc, event: LifecycleEventRecord): Promise<void> {
    const { routing, target } = doc;
    const weight = target.weight === 0
      ? (routing.type === 'AllAtOnce' ? 100 : routing.percentage)
      : routing.type === 'TimeBasedLinear' ? Math.min(100, target.weight + routing.percentage) : 100;
    const lambda = await this.lambda();
    if (weight >= 100) {
      lambda.routeAlias({ functionName: target.functionName, alias: target.alias, account: doc.account, region: doc.region, functionVersion: target.targetVersion });
    } else {
      lambda.routeAlias({
        functionName: target.functionName,
        alias: target.alias,
        account: doc.account,
        region: doc.region,
        functionVersion: target.currentVersion,
        additionalVersionWeights: { [target.targetVersion]: weight / 100 },
      });
    }
    target.weight = weight;
    target.lastUpdatedAt = this.service.now();
    doc.nextAt = weight >= 100 ? undefined : this.service.now() + routing.intervalMinutes * MINUTE_MS;
    if (weight >= 100) {
      event.status = 'Succeeded';
      event.endTime = this.service.now();
    }
  }

  private async succeed(doc: DeploymentDoc): Promise<void> {
    const now = this.service.now();
    doc.status = 'Succeeded';
    doc.completeTime = now;
    doc.nextAt = undefined;
    doc.target.status = 'Succeeded';
    doc.target.lastUpdatedAt = now;
    this.stopWatching(doc.deploymentId);
    this.recordOnGroup(doc, true);
    await fireTriggers(this.service, doc, 'DeploymentSuccess');
  }

  private async fail(doc: DeploymentDoc, code: ErrorCode, message: string): Promise<void> {
    const rollback = Boolean(doc.autoRollbackConfiguration?.enabled && doc.autoRollbackConfiguration.events?.includes('DEPLOYMENT_FAILURE'));
    await this.finish(doc, 'Failed', code, message, rollback);
  }

  /** Ends a deployment Failed or Stopped: the running event fails, the rest are skipped, traffic goes back if asked. */
  private async finish(doc: DeploymentDoc, status: 'Failed' | 'Stopped', code: ErrorCode, message: string, rollback: boolean): Promise<void> {
    const now = this.service.now();
    for (const event of doc.events) {
      if (event.status === 'InProgress') {
        event.status = 'Failed';
        event.endTime = now;
      } else if (event.status === 'Pending') {
        event.status = 'Skipped';
      }
    }
    doc.status = status;
    doc.completeTime = now;
    doc.nextAt = undefined;
    doc.errorInformation = { code, message };
    doc.target.status = 'Failed';
    doc.target.lastUpdatedAt = now;
    this.stopWatching(doc.deploymentId);
    if (rollback && doc.target.weight > 0) await this.rollBack(doc);
    else if (rollback) doc.rollbackInfo = { rollbackMessage: 'Automatic rollback was not needed: no traffic had moved to the target version.' };
    this.recordOnGroup(doc, false);
    await fireTriggers(this.service, doc, status === 'Failed' ? 'DeploymentFailure' : 'DeploymentStop');
  }

  /** Puts the alias back on CurrentVersion, recorded as a deployment of its own (creator codeDeployRollback). */
  private async rollBack(doc: DeploymentDoc): Promise<void> {
    const now = this.service.now();
    const rollbackId = this.service.newDeploymentId();
    const lambda = await this.lambda();
    let status: DeploymentStatus = 'Succeeded';
    let errorInformation: DeploymentDoc['errorInformation'];
    try {
      lambda.routeAlias({ functionName: doc.target.functionName, alias: doc.target.alias, account: doc.account, region: doc.region, functionVersion: doc.target.currentVersion });
    } catch (error) {
      status = 'Failed';
      errorInformation = { code: 'INVALID_LAMBDA_CONFIGURATION', message: `The rollback could not move the alias back: ${error instanceof Error ? error.message : String(error)}` };
    }
    const rollback: DeploymentDoc = {
      ...doc,
      deploymentId: rollbackId,
      creator: 'codeDeployRollback',
      status,
      createTime: now,
      startTime: now,
      completeTime: now,
      nextAt: undefined,
      errorInformation,
      description: undefined,
      routing: { type: 'AllAtOnce', percentage: 100, intervalMinutes: 0 },
      rollbackInfo: { rollbackTriggeringDeploymentId: doc.deploymentId, rollbackMessage: `Automatic rollback triggered by deployment ${doc.deploymentId}.` },
      target: {
        ...doc.target,
        currentVersion: doc.target.targetVersion,
        targetVersion: doc.target.currentVersion,
        weight: status === 'Succeeded' ? 100 : 0,
        status: status === 'Succeeded' ? 'Succeeded' : 'Failed',
        lastUpdatedAt: now,
      },
      events: [
        { name: 'BeforeAllowTraffic', status: 'Skipped', startTime: now, endTime: now },
        { name: 'AllowTraffic', status: status === 'Succeeded' ? 'Succeeded' : 'Failed', startTime: now, endTime: now },
        { name: 'AfterAllowTraffic', status: 'Skipped', startTime: now, endTime: now },
      ],
    };
    this.service.state.putDeployment(rollback);
    await fireTriggers(this.service, rollback, 'DeploymentRollback');
    doc.target.weight = status === 'Succeeded' ? 0 : doc.target.weight;
    doc.rollbackInfo = { rollbackDeploymentId: rollbackId, rollbackMessage: `Deployment ${doc.deploymentId} was rolled back by deployment ${rollbackId}.` };
  }

  private recordOnGroup(doc: DeploymentDoc, succeeded: boolean): void {
    const group = this.service.state.deploymentGroup(doc.account, doc.region, doc.applicationName, doc.deploymentGroupName);
    if (!group) return;
    const record = { deploymentId: doc.deploymentId, status: doc.status, createTime: doc.createTime, endTime: doc.completeTime };
    group.lastAttempted = record;
    if (succeeded) {
      group.lastSuccessful = record;
      group.targetRevision = doc.revision;
    }
    const tags = this.service.state.deploymentGroupTags(doc.account, doc.region, doc.applicationName, doc.deploymentGroupName) ?? [];
    this.service.state.putDeploymentGroup(doc.account, doc.region, group, tags);
  }

  // ------------------------------------------------------------ alarms

  private alarmConfiguration(doc: DeploymentDoc): DeploymentDoc['alarmConfiguration'] {
    return doc.overrideAlarmConfiguration ?? doc.alarmConfiguration;
  }

  private watchAlarms(doc: DeploymentDoc): void {
    const config = this.alarmConfiguration(doc);
    if (this.alarmWatches.has(doc.deploymentId) || !config?.enabled || !config.alarms?.length || !isActive(doc.status)) return;
    this.alarmWatches.set(doc.deploymentId, this.service.runtime.clock.every(ALARM_POLL_MS, () => {
      void this.run(doc.deploymentId, async (current) => {
        await this.alarmFired(current);
      });
    }));
  }

  private stopWatching(deploymentId: string): void {
    this.alarmWatches.get(deploymentId)?.cancel();
    this.alarmWatches.delete(deploymentId);
  }

  /** Whether one of the deployment's alarms is in ALARM; if so the deployment is stopped (and rolled back if the group says so). */
  private async alarmFired(doc: DeploymentDoc): Promise<boolean> {
    const config = this.alarmConfiguration(doc);
    if (!isActive(doc.status) || !config?.enabled || !config.alarms?.length) return false;
    const cloudwatch = await this.service.runtime.optionalApi<CloudWatchApi>('cloudwatch');
    if (!cloudwatch) return false;
    const firing = config.alarms
      .map((alarm) => alarm.name!)
      .filter((name) => cloudwatch.alarmState({ account: doc.account, region: doc.region, alarmName: name }) === 'ALARM');
    if (!firing.length) return false;
    const rollback = Boolean(doc.autoRollbackConfiguration?.enabled && doc.autoRollbackConfiguration.events?.includes('DEPLOYMENT_STOP_ON_ALARM'));
    await this.finish(doc, 'Stopped', 'ALARM_ACTIVE', `One or more alarms have been activated according to the Amazon CloudWatch metrics you selected, and the affected deployments have been stopped. Activated alarms: <${firing.join(', ')}>`, rollback);
    return true;
  }

  private lambda(): Promise<LambdaApi> {
    return this.service.runtime.api<LambdaApi>('lambda');
  }
}

export function isActive(status: DeploymentStatus): boolean {
  return status === 'Created' || status === 'Queued' || status === 'InProgress' || status === 'Baking' || status === 'Ready';
}
