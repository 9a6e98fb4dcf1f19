import { randomUUID } from 'node:crypto';
import { pageAfterKey } from '../../core/pagination.js';
import type * as CD from '../../generated/codedeploy.js';
import { checkTags } from './applications.js';
import { DEFAULT_CONFIG, requireDeploymentConfig } from './deployment-configs.js';
import {
  alarmsLimitExceeded,
  batchLimitExceeded,
  deploymentGroupAlreadyExists,
  deploymentGroupLimitExceeded,
  deploymentGroupNameRequired,
  invalidAlarmConfig,
  invalidAutoRollbackConfig,
  invalidDeploymentConfigName,
  invalidDeploymentStyle,
  invalidNextToken,
  invalidRole,
} from './errors.js';
import type { CodeDeployService } from './service.js';
import type { ApplicationRow, DeploymentGroupDoc } from './state.js';
import { checkTriggers } from './triggers.js';

type Operations = Partial<CD.CodedeployOperations>;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]{1,512}$/;
const MAX_ALARMS = 10;
/** CodeDeploy's quota: 1,000 deployment groups per application. */
const MAX_GROUPS = 1000;
const ALARM_CONFIG_MESSAGE =
  'The format of the alarm configuration is invalid. Possible causes include: The alarm list is null. The alarm object is null. The alarm name is empty or null or exceeds the limit of 255 characters. Two alarms with the same name have been specified. The alarm configuration is enabled, but the alarm list is empty.';
const AUTO_ROLLBACK_MESSAGE =
  'The automatic rollback configuration was specified in an invalid format. For example, automatic rollback is enabled, but an invalid triggering event type or no event types were listed.';
const ROLLBACK_EVENTS = ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'];

/** Settings other platforms use: stored and described back, not acted on by the Lambda engine. */
const STORED_SETTINGS = [
  'autoScalingGroups', 'blueGreenDeploymentConfiguration', 'ec2TagFilters', 'ec2TagSet', 'ecsServices', 'loadBalancerInfo',
  'onPremisesInstanceTagFilters', 'onPremisesTagSet', 'outdatedInstancesStrategy', 'terminationHookEnabled', 'triggerConfigurations',
] as const;

export function checkAlarmConfiguration(config: CD.AlarmConfiguration | undefined): CD.AlarmConfiguration | undefined {
  if (!config) return undefined;
  const alarms = config.alarms ?? [];
  if (alarms.length > MAX_ALARMS) throw alarmsLimitExceeded();
  const names = new Set<string>();
  for (const alarm of alarms) {
    if (!alarm.name || alarm.name.length > 255 || names.has(alarm.name)) throw invalidAlarmConfig(ALARM_CONFIG_MESSAGE);
    names.add(alarm.name);
  }
  if (config.enabled && !alarms.length) throw invalidAlarmConfig(ALARM_CONFIG_MESSAGE);
  return { enabled: config.enabled ?? false, ignorePollAlarmFailure: config.ignorePollAlarmFailure ?? false, alarms: alarms.map((a) => ({ name: a.name })) };
}

export function checkAutoRollback(config: CD.AutoRollbackConfiguration | undefined): CD.AutoRollbackConfiguration | undefined {
  if (!config) return undefined;
  const events = [...new Set(config.events ?? [])];
  if (events.some((event) => !ROLLBACK_EVENTS.includes(event))) throw invalidAutoRollbackConfig(AUTO_ROLLBACK_MESSAGE);
  if (config.enabled && !events.length) throw invalidAutoRollbackConfig(AUTO_ROLLBACK_MESSAGE);
  return { enabled: config.enabled ?? false, events };
}

function checkStyle(app: ApplicationRow, style: CD.DeploymentStyle | undefined): CD.DeploymentStyle {
  if (app.computePlatform === 'Lambda' || app.computePlatform === 'ECS') {
    const wanted = { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' } as const;
    if ((style?.deploymentType && style.deploymentType !== wanted.deploymentType) || (style?.deploymentOption && style.deploymentOption !== wanted.deploymentOption)) {
      throw invalidDeploymentStyle(`${app.computePlatform} deployments support only the BLUE_GREEN deployment type with the WITH_TRAFFIC_CONTROL deployment option.`);
    }
    return { ...wanted };
  }
  return { deploymentType: style?.deploymentType ?? 'IN_PLACE', deploymentOption: style?.deploymentOption ?? 'WITHOUT_TRAFFIC_CONTROL' };
}

function checkConfigName(service: CodeDeployService, app: ApplicationRow, name: string | undefined): string {
  const chosen = name ?? DEFAULT_CONFIG[app.computePlatform];
  const config = requireDeploymentConfig(service, app.account, app.region, chosen);
  if (config.computePlatform !== app.computePlatform) {
    throw invalidDeploymentConfigName(`Deployment configuration ${chosen} is for the ${config.computePlatform} compute platform; application ${app.name} uses ${app.computePlatform}.`);
  }
  return chosen;
}

function storedSettings(input: Record<string, unknown>, previous: Record<string, unknown> = {}): Record<string, unknown> {
  checkTriggers(input.triggerConfigurations as CD.TriggerConfig[] | undefined);
  const settings = { ...previous };
  for (const key of STORED_SETTINGS) if (input[key] !== undefined) settings[key] = input[key];
  return settings;
}

function lastDeployment(last: DeploymentGroupDoc['lastAttempted']): CD.LastDeploymentInfo | undefined {
  if (!last) return undefined;
  return { deploymentId: last.deploymentId, status: last.status as CD.LastDeploymentInfo['status'], createTime: new Date(last.createTime), endTime: last.endTime ? new Date(last.endTime) : undefined };
}

export function describeDeploymentGroup(group: DeploymentGroupDoc): CD.DeploymentGroupInfo {
  const { autoScalingGroups, ...settings } = group.settings as Omit<Partial<CD.DeploymentGroupInfo>, 'autoScalingGroups'> & { autoScalingGroups?: string[] };
  return {
    ...settings,
    autoScalingGroups: (autoScalingGroups ?? []).map((name) => ({ name })),
    applicationName: group.applicationName,
    deploymentGroupId: group.deploymentGroupId,
    deploymentGroupName: group.deploymentGroupName,
    computePlatform: group.computePlatform,
    serviceRoleArn: group.serviceRoleArn,
    deploymentConfigName: group.deploymentConfigName,
    deploymentStyle: group.deploymentStyle,
    autoRollbackConfiguration: group.autoRollbackConfiguration,
    alarmConfiguration: group.alarmConfiguration ?? { enabled: false, ignorePollAlarmFailure: false, alarms: [] },
    lastAttemptedDeployment: lastDeployment(group.lastAttempted),
    lastSuccessfulDeployment: lastDeployment(group.lastSuccessful),
    targetRevision: group.targetRevision,
  };
}

/** Deployment groups: Create/Get/List/Update/Delete/BatchGet. */
export function deploymentGroupOperations(service: CodeDeployService): Operations {
  return {
    CreateDeploymentGroup(input, context) {
      const app = service.requireApplication(context.accountId, context.region, input.applicationName);
      if (service.state.deploymentGroup(context.accountId, context.region, app.name, input.deploymentGroupName)) throw deploymentGroupAlreadyExists(input.deploymentGroupName);
      if (service.state.deploymentGroupCount(context.accountId, context.region, app.name) >= MAX_GROUPS) throw deploymentGroupLimitExceeded();
      if (!ROLE_ARN.test(input.serviceRoleArn)) throw invalidRole();
      const group: DeploymentGroupDoc = {
        deploymentGroupId: randomUUID(),
        deploymentGroupName: input.deploymentGroupName,
        applicationName: app.name,
        computePlatform: app.computePlatform,
        serviceRoleArn: input.serviceRoleArn,
        deploymentConfigName: checkConfigName(service, app, input.deploymentConfigName),
        deploymentStyle: checkStyle(app, input.deploymentStyle),
        autoRollbackConfiguration: checkAutoRollback(input.autoRollbackConfiguration),
        alarmConfiguration: checkAlarmConfiguration(input.alarmConfiguration),
        settings: storedSettings(input as unknown as Record<string, unknown>),
      };
      service.state.putDeploymentGroup(context.accountId, context.region, group, checkTags(input.tags));
      return { deploymentGroupId: group.deploymentGroupId };
    },

    GetDeploymentGroup(input, context) {
      service.requireApplication(context.accountId, context.region, input.applicationName);
      return { deploymentGroupInfo: describeDeploymentGroup(service.requireDeploymentGroup(context.accountId, context.region, input.applicationName, input.deploymentGroupName)) };
    },

    BatchGetDeploymentGroups(input, context) {
      service.requireApplication(context.accountId, context.region, input.applicationName);
      if (!input.deploymentGroupNames.length) throw deploymentGroupNameRequired();
      if (input.deploymentGroupNames.length > 100) throw batchLimitExceeded();
      const found: CD.DeploymentGroupInfo[] = [];
      const missing: string[] = [];
      for (const name of input.deploymentGroupNames) {
        const group = service.state.deploymentGroup(context.accountId, context.region, input.applicationName, name);
        if (group) found.push(describeDeploymentGroup(group));
        else missing.push(name);
      }
      return { deploymentGroupsInfo: found, errorMessage: missing.length ? `Deployment groups not found: ${missing.join(', ')}` : undefined };
    },

    ListDeploymentGroups(input, context) {
      service.requireApplication(context.accountId, context.region, input.applicationName);
      const names = service.state.deploymentGroups(context.accountId, context.region, input.applicationName).map((g) => g.deploymentGroupName);
      const page = pageAfterKey(names, (name) => name, 100, input.nextToken, invalidNextToken);
      return { applicationName: input.applicationName, deploymentGroups: page.items, nextToken: page.nextToken };
    },

    UpdateDeploymentGroup(input, context) {
      const app = service.requireApplication(context.accountId, context.region, input.applicationName);
      const from = input.currentDeploymentGroupName;
      const group = service.requireDeploymentGroup(context.accountId, context.region, app.name, from);
      const to = input.newDeploymentGroupName;
      if (to && to !== from && service.state.deploymentGroup(context.accountId, context.region, app.name, to)) throw deploymentGroupAlreadyExists(to);
      if (input.serviceRoleArn !== undefined) {
        if (!ROLE_ARN.test(input.serviceRoleArn)) throw invalidRole();
        group.serviceRoleArn = input.serviceRoleArn;
      }
      if (input.deploymentConfigName !== undefined) group.deploymentConfigName = checkConfigName(service, app, input.deploymentConfigName);
      if (input.deploymentStyle !== undefined) group.deploymentStyle = checkStyle(app, input.deploymentStyle);
      if (input.autoRollbackConfiguration !== undefined) group.autoRollbackConfiguration = checkAutoRollback(input.autoRollbackConfiguration);
      if (input.alarmConfiguration !== undefined) group.alarmConfiguration = checkAlarmConfiguration(input.alarmConfiguration);
      group.settings = storedSettings(input as unknown as Record<string, unknown>, group.settings);
      if (to && to !== from) {
        group.deploymentGroupName = to;
        service.state.renameDeploymentGroup(context.accountId, context.region, app.name, from, group);
      } else {
        service.state.putDeploymentGroup(context.accountId, context.region, group, service.state.deploymentGroupTags(context.accountId, context.region, app.name, from) ?? []);
      }
      return { hooksNotCleanedUp: [] };
    },

    DeleteDeploymentGroup(input, context) {
      service.requireApplication(context.accountId, context.region, input.applicationName);
      service.state.deleteDeploymentGroup(context.accountId, context.region, input.applicationName, input.deploymentGroupName);
      return { hooksNotCleanedUp: [] };
    },
  };
}
