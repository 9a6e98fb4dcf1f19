import { decodePageToken, encodePageToken, isOffset } from '../../core/pagination.js';
import type { RequestContext } from '../../core/context.js';
import type * as CD from '../../generated/codedeploy.js';
import { appSpecText, parseLambdaAppSpec } from './appspec.js';
import { requireDeploymentConfig, trafficRouting } from './deployment-configs.js';
import { isActive, type DeploymentEngine } from './deployment-engine.js';
import { checkAlarmConfiguration, checkAutoRollback } from './deployment-groups.js';
import {
  applicationNameRequired,
  batchLimitExceeded,
  deploymentAlreadyCompleted,
  deploymentGroupNameRequired,
  deploymentLimitExceeded,
  deploymentNotStarted,
  deploymentTargetDoesNotExist,
  deploymentTargetIdRequired,
  deploymentTargetListSizeExceeded,
  invalidDeploymentConfigName,
  invalidDeploymentId,
  invalidLifecycleHookExecutionId,
  invalidLifecycleHookStatus,
  invalidNextToken,
  invalidTargetFilterName,
  invalidTimeRange,
  lifecycleEventAlreadyCompleted,
  revisionRequired,
} from './errors.js';
import { AwsError } from '../../core/errors.js';
import { recordRevisionUse } from './revisions.js';
import { DEPLOYMENT_ID, type CodeDeployService } from './service.js';
import type { DeploymentDoc } from './state.js';

type Operations = Partial<CD.CodedeployOperations>;

const PAGE_SIZE = 100;
const TARGET_FILTERS = ['TargetStatus', 'ServerInstanceLabel'];

function targetId(doc: DeploymentDoc): string {
  return `${doc.target.functionName}:${doc.target.alias}`;
}

function overview(doc: DeploymentDoc): CD.DeploymentOverview {
  const counts: Required<CD.DeploymentOverview> = { Pending: 0, InProgress: 0, Succeeded: 0, Failed: 0, Skipped: 0, Ready: 0 };
  const status = doc.target.status;
  if (status in counts) counts[status as keyof CD.DeploymentOverview] += 1;
  return counts;
}

function date(ms: number | undefined): Date | undefined {
  return ms === undefined ? undefined : new Date(ms);
}

export function describeDeployment(doc: DeploymentDoc): CD.DeploymentInfo {
  return {
    applicationName: doc.applicationName,
    deploymentGroupName: doc.deploymentGroupName,
    deploymentConfigName: doc.deploymentConfigName,
    deploymentId: doc.deploymentId,
    revision: doc.revision,
    status: doc.status,
    errorInformation: doc.errorInformation,
    createTime: date(doc.createTime),
    startTime: date(doc.startTime),
    completeTime: date(doc.completeTime),
    deploymentOverview: overview(doc),
    description: doc.description,
    creator: doc.creator,
    ignoreApplicationStopFailures: false,
    autoRollbackConfiguration: doc.autoRollbackConfiguration,
    updateOutdatedInstancesOnly: false,
    rollbackInfo: doc.rollbackInfo,
    deploymentStyle: doc.deploymentStyle,
    instanceTerminationWaitTimeStarted: false,
    fileExistsBehavior: 'DISALLOW',
    deploymentStatusMessages: [],
    computePlatform: doc.computePlatform,
    overrideAlarmConfiguration: doc.overrideAlarmConfiguration,
  };
}

function describeTarget(doc: DeploymentDoc): CD.DeploymentTarget {
  const { target } = doc;
  return {
    deploymentTargetType: 'LambdaTarget',
    lambdaTarget: {
      deploymentId: doc.deploymentId,
      targetId: targetId(doc),
      targetArn: target.functionName.startsWith('arn:') ? `${target.functionName}:${target.alias}` : `arn:aws:lambda:${doc.region}:${doc.account}:function:${target.functionName}:${target.alias}`,
      status: target.status,
      lastUpdatedAt: new Date(target.lastUpdatedAt),
      lifecycleEvents: doc.events.map((event) => ({
        lifecycleEventName: event.name,
        status: event.status,
        startTime: date(event.startTime),
        endTime: date(event.endTime),
        diagnostics: event.diagnostics,
      })),
      lambdaFunctionInfo: {
        functionName: target.functionName,
        functionAlias: target.alias,
        currentVersion: target.currentVersion,
        targetVersion: target.targetVersion,
        targetVersionWeight: target.weight / 100,
      },
    },
  };
}

/** CreateDeployment and what reads and steers a deployment: Get/BatchGet/List, Stop, hook reports, targets. */
export function deploymentOperations(service: CodeDeployService, engine: DeploymentEngine): Operations {
  const requireDeployment = (id: string | undefined, context: RequestContext): DeploymentDoc => service.requireDeployment(id, context);

  function started(doc: DeploymentDoc): DeploymentDoc {
    if (doc.status === 'Created') throw deploymentNotStarted(doc.deploymentId);
    return doc;
  }

  return {
    async CreateDeployment(input, context) {
      const app = service.requireApplication(context.accountId, context.region, input.applicationName);
      if (!input.deploymentGroupName) throw deploymentGroupNameRequired();
      const group = service.requireDeploymentGroup(context.accountId, context.region, app.name, input.deploymentGroupName);
      if (!input.revision) throw revisionRequired();
      const configName = input.deploymentConfigName ?? group.deploymentConfigName;
      const config = requireDeploymentConfig(service, context.accountId, context.region, configName);
      if (config.computePlatform !== app.computePlatform) {
        throw invalidDeploymentConfigName(`Deployment configuration ${configName} is for the ${config.computePlatform} compute platform; application ${app.name} uses ${app.computePlatform}.`);
      }
      if (app.computePlatform !== 'Lambda') {
        throw new AwsError('OperationNotSupportedException', `Nimbus runs deployments for the Lambda compute platform; application ${app.name} uses ${app.computePlatform}.`, 400);
      }
      const spec = parseLambdaAppSpec(await appSpecText(service.runtime, context.accountId, context.region, input.revision));
      const active = service.state.activeDeployment(context.accountId, context.region, app.name, group.deploymentGroupName);
      if (active) throw deploymentLimitExceeded(group.deploymentGroupName, active.deploymentId);
      const now = service.now();
      const doc: DeploymentDoc = {
        deploymentId: service.newDeploymentId(),
        account: context.accountId,
        region: context.region,
        applicationName: app.name,
        deploymentGroupName: group.deploymentGroupName,
        deploymentConfigName: configName,
        computePlatform: app.computePlatform,
        creator: 'user',
        status: 'Created',
        description: input.description,
        createTime: now,
        revision: input.revision,
        autoRollbackConfiguration: input.autoRollbackConfiguration ? checkAutoRollback(input.autoRollbackConfiguration) : group.autoRollbackConfiguration,
        alarmConfiguration: group.alarmConfiguration,
        overrideAlarmConfiguration: checkAlarmConfiguration(input.overrideAlarmConfiguration),
        deploymentStyle: group.deploymentStyle,
        routing: trafficRouting(config),
        target: {
          functionName: spec.functionName,
          alias: spec.alias,
          currentVersion: spec.currentVersion,
          targetVersion: spec.targetVersion,
          weight: 0,
          status: 'Pending',
          lastUpdatedAt: now,
        },
        hooks: spec.hooks,
        events: [
          { name: 'BeforeAllowTraffic', status: 'Pending' },
          { name: 'AllowTraffic', status: 'Pending' },
          { name: 'AfterAllowTraffic', status: 'Pending' },
        ],
      };
      service.state.putDeployment(doc);
      recordRevisionUse(service, context.accountId, context.region, app.name, group.deploymentGroupName, input.revision);
      group.lastAttempted = { deploymentId: doc.deploymentId, status: doc.status, createTime: now };
      service.state.putDeploymentGroup(context.accountId, context.region, group, service.state.deploymentGroupTags(context.accountId, context.region, app.name, group.deploymentGroupName) ?? []);
      engine.start(doc);
      return { deploymentId: doc.deploymentId };
    },

    GetDeployment(input, context) {
      return { deploymentInfo: describeDeployment(requireDeployment(input.deploymentId, context)) };
    },

    BatchGetDeployments(input, context) {
      if (input.deploymentIds.length > 100) throw batchLimitExceeded();
      const found: CD.DeploymentInfo[] = [];
      for (const id of input.deploymentIds) {
        if (!DEPLOYMENT_ID.test(id)) throw invalidDeploymentId(id);
        const doc = service.state.deployment(id);
        if (doc && doc.account === context.accountId && doc.region === context.region) found.push(describeDeployment(doc));
      }
      return { deploymentsInfo: found };
    },

    ListDeployments(input, context) {
      if (input.deploymentGroupName && !input.applicationName) throw applicationNameRequired();
      if (input.applicationName) service.requireApplication(context.accountId, context.region, input.applicationName);
      if (input.applicationName && input.deploymentGroupName) service.requireDeploymentGroup(context.accountId, context.region, input.applicationName, input.deploymentGroupName);
      const start = input.createTimeRange?.start?.getTime();
      const end = input.createTimeRange?.end?.getTime();
      if (start !== undefined && end !== undefined && start > end) throw invalidTimeRange();
      const statuses = input.includeOnlyStatuses?.length ? new Set<string>(input.includeOnlyStatuses) : undefined;
      const ids = service.state
        .deployments(context.accountId, context.region)
        .filter((doc) => !input.applicationName || doc.applicationName === input.applicationName)
        .filter((doc) => !input.deploymentGroupName || doc.deploymentGroupName === input.deploymentGroupName)
        .filter((doc) => !statuses || statuses.has(doc.status))
        .filter((doc) => (start === undefined || doc.createTime >= start) && (end === undefined || doc.createTime <= end))
        .reverse()
        .map((doc) => doc.deploymentId);
      const offset = input.nextToken ? decodePageToken(input.nextToken, isOffset, invalidNextToken).offset : 0;
      const page = ids.slice(offset, offset + PAGE_SIZE);
      return { deployments: page, nextToken: offset + PAGE_SIZE < ids.length ? encodePageToken({ offset: offset + PAGE_SIZE }) : undefined };
    },

    async StopDeployment(input, context) {
      const doc = requireDeployment(input.deploymentId, context);
      if (!isActive(doc.status)) throw deploymentAlreadyCompleted(doc.deploymentId);
      await engine.stop(doc.deploymentId, input.autoRollbackEnabled);
      return { status: 'Succeeded', statusMessage: 'The deployment was stopped.' };
    },

    async PutLifecycleEventHookExecutionStatus(input, context) {
      const doc = requireDeployment(input.deploymentId, context);
      const executionId = input.lifecycleEventHookExecutionId ?? '';
      const event = doc.events.find((e) => e.hookExecutionId !== undefined && e.hookExecutionId === executionId);
      if (!event) throw invalidLifecycleHookExecutionId(executionId);
      if (input.status !== 'Succeeded' && input.status !== 'Failed') throw invalidLifecycleHookStatus(String(input.status));
      if (event.status !== 'InProgress') throw lifecycleEventAlreadyCompleted(executionId);
      await engine.hookReported(doc.deploymentId, executionId, input.status);
      return { lifecycleEventHookExecutionId: executionId };
    },

    ListDeploymentTargets(input, context) {
      const doc = started(requireDeployment(input.deploymentId, context));
      for (const name of Object.keys(input.targetFilters ?? {})) if (!TARGET_FILTERS.includes(name)) throw invalidTargetFilterName(name);
      const statuses = input.targetFilters?.TargetStatus;
      const labels = input.targetFilters?.ServerInstanceLabel;
      const matches = (!statuses?.length || statuses.includes(doc.target.status)) && !labels?.length;
      if (input.nextToken) decodePageToken(input.nextToken, isOffset, invalidNextToken);
      return { targetIds: matches ? [targetId(doc)] : [] };
    },

    GetDeploymentTarget(input, context) {
      const doc = started(requireDeployment(input.deploymentId, context));
      if (!input.targetId) throw deploymentTargetIdRequired();
      if (input.targetId !== targetId(doc)) throw deploymentTargetDoesNotExist(input.targetId);
      return { deploymentTarget: describeTarget(doc) };
    },

    BatchGetDeploymentTargets(input, context) {
      const doc = started(requireDeployment(input.deploymentId, context));
      if (!input.targetIds.length) throw deploymentTargetIdRequired();
      if (input.targetIds.length > 1) throw deploymentTargetListSizeExceeded();
      if (input.targetIds[0] !== targetId(doc)) throw deploymentTargetDoesNotExist(input.targetIds[0]!);
      return { deploymentTargets: [describeTarget(doc)] };
    },
  };
}
