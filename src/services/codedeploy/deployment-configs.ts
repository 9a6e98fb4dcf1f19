import { createHash, randomUUID } from 'node:crypto';
import { pageAfterKey } from '../../core/pagination.js';
import type * as CD from '../../generated/codedeploy.js';
import {
  deploymentConfigAlreadyExists,
  deploymentConfigDoesNotExist,
  deploymentConfigInUse,
  deploymentConfigLimitExceeded,
  invalidComputePlatform,
  invalidDeploymentConfigName,
  invalidMinimumHealthyHosts,
  invalidNextToken,
  invalidOperation,
  invalidTrafficRouting,
} from './errors.js';
import type { CodeDeployService } from './service.js';
import type { DeploymentConfigDoc, TrafficRouting } from './state.js';

type Operations = Partial<CD.CodedeployOperations>;
type Platform = 'Server' | 'Lambda' | 'ECS';

const PREDEFINED_PREFIX = 'CodeDeployDefault.';
/** CodeDeploy's quota: 50 custom deployment configurations per account and Region. */
const MAX_CUSTOM_CONFIGS = 50;

function canary(percentage: number, minutes: number): CD.TrafficRoutingConfig {
  return { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: percentage, canaryInterval: minutes } };
}
function linear(percentage: number, minutes: number): CD.TrafficRoutingConfig {
  return { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: percentage, linearInterval: minutes } };
}
const ALL_AT_ONCE: CD.TrafficRoutingConfig = { type: 'AllAtOnce' };

/** The configurations every account has (AWS's predefined ones), by name. */
const PREDEFINED: Record<string, { computePlatform: Platform; minimumHealthyHosts?: CD.MinimumHealthyHosts; trafficRoutingConfig?: CD.TrafficRoutingConfig }> = {
  'CodeDeployDefault.OneAtATime': { computePlatform: 'Server', minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 99 } },
  'CodeDeployDefault.HalfAtATime': { computePlatform: 'Server', minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 } },
  'CodeDeployDefault.AllAtOnce': { computePlatform: 'Server', minimumHealthyHosts: { type: 'HOST_COUNT', value: 0 } },
  'CodeDeployDefault.LambdaAllAtOnce': { computePlatform: 'Lambda', trafficRoutingConfig: ALL_AT_ONCE },
  'CodeDeployDefault.LambdaCanary10Percent5Minutes': { computePlatform: 'Lambda', trafficRoutingConfig: canary(10, 5) },
  'CodeDeployDefault.LambdaCanary10Percent10Minutes': { computePlatform: 'Lambda', trafficRoutingConfig: canary(10, 10) },
  'CodeDeployDefault.LambdaCanary10Percent15Minutes': { computePlatform: 'Lambda', trafficRoutingConfig: canary(10, 15) },
  'CodeDeployDefault.LambdaCanary10Percent30Minutes': { computePlatform: 'Lambda', trafficRoutingConfig: canary(10, 30) },
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute': { computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 1) },
  'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes': { computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 2) },
  'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes': { computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 3) },
  'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes': { computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 10) },
  'CodeDeployDefault.ECSAllAtOnce': { computePlatform: 'ECS', trafficRoutingConfig: ALL_AT_ONCE },
  'CodeDeployDefault.ECSLinear10PercentEvery1Minutes': { computePlatform: 'ECS', trafficRoutingConfig: linear(10, 1) },
  'CodeDeployDefault.ECSLinear10PercentEvery3Minutes': { computePlatform: 'ECS', trafficRoutingConfig: linear(10, 3) },
  'CodeDeployDefault.ECSCanary10Percent5Minutes': { computePlatform: 'ECS', trafficRoutingConfig: canary(10, 5) },
  'CodeDeployDefault.ECSCanary10Percent15Minutes': { computePlatform: 'ECS', trafficRoutingConfig: canary(10, 15) },
};

/** A predefined configuration by name (own keys only: a name such as __proto__ is no configuration). */
function predefinedConfig(name: string): (typeof PREDEFINED)[string] | undefined {
  return Object.hasOwn(PREDEFINED, name) ? PREDEFINED[name] : undefined;
}

/** The configuration a group gets when it names none, per compute platform. */
export const DEFAULT_CONFIG: Record<Platform, string> = {
  Server: 'CodeDeployDefault.OneAtATime',
  Lambda: 'CodeDeployDefault.LambdaAllAtOnce',
  ECS: 'CodeDeployDefault.ECSAllAtOnce',
};

/** A stable id for a predefined configuration: the same in every account, as AWS's are. */
function predefinedId(name: string): string {
  const hex = createHash('sha256').update(`codedeploy:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A configuration by name, predefined or the account's own; DeploymentConfigDoesNotExistException when neither. */
export function requireDeploymentConfig(service: CodeDeployService, account: string, region: string, name: string): DeploymentConfigDoc {
  const predefined = predefinedConfig(name);
  if (predefined) return { deploymentConfigId: predefinedId(name), deploymentConfigName: name, createTime: 0, ...predefined };
  const custom = service.state.deploymentConfig(account, region, name);
  if (!custom) throw deploymentConfigDoesNotExist(name);
  return custom;
}

/** How a configuration moves Lambda traffic. */
export function trafficRouting(config: DeploymentConfigDoc): TrafficRouting {
  const routing = config.trafficRoutingConfig;
  if (routing?.type === 'TimeBasedCanary') return { type: 'TimeBasedCanary', percentage: routing.timeBasedCanary!.canaryPercentage!, intervalMinutes: routing.timeBasedCanary!.canaryInterval! };
  if (routing?.type === 'TimeBasedLinear') return { type: 'TimeBasedLinear', percentage: routing.timeBasedLinear!.linearPercentage!, intervalMinutes: routing.timeBasedLinear!.linearInterval! };
  return { type: 'AllAtOnce', percentage: 100, intervalMinutes: 0 };
}

function checkTrafficRouting(platform: Platform, routing: CD.TrafficRoutingConfig | undefined): CD.TrafficRoutingConfig | undefined {
  if (!routing) return platform === 'Server' ? undefined : ALL_AT_ONCE;
  if (platform === 'Server') throw invalidTrafficRouting('Traffic routing configuration is not supported for the Server compute platform.');
  const type = routing.type ?? 'AllAtOnce';
  if (type === 'AllAtOnce') {
    if (routing.timeBasedCanary || routing.timeBasedLinear) throw invalidTrafficRouting('An AllAtOnce traffic routing configuration takes neither timeBasedCanary nor timeBasedLinear.');
    return ALL_AT_ONCE;
  }
  const step = type === 'TimeBasedCanary' ? routing.timeBasedCanary : routing.timeBasedLinear;
  const other = type === 'TimeBasedCanary' ? routing.timeBasedLinear : routing.timeBasedCanary;
  const member = type === 'TimeBasedCanary' ? 'timeBasedCanary' : 'timeBasedLinear';
  if (!step || other) throw invalidTrafficRouting(`A ${type} traffic routing configuration needs ${member}, and only it.`);
  const percentage = type === 'TimeBasedCanary' ? (step as CD.TimeBasedCanary).canaryPercentage : (step as CD.TimeBasedLinear).linearPercentage;
  const interval = type === 'TimeBasedCanary' ? (step as CD.TimeBasedCanary).canaryInterval : (step as CD.TimeBasedLinear).linearInterval;
  if (!Number.isInteger(percentage) || percentage! < 1 || percentage! > 99) throw invalidTrafficRouting(`The ${type === 'TimeBasedCanary' ? 'canary' : 'linear'} percentage must be an integer from 1 to 99.`);
  if (!Number.isInteger(interval) || interval! < 1 || interval! > 2880) throw invalidTrafficRouting(`The ${type === 'TimeBasedCanary' ? 'canary' : 'linear'} interval must be a whole number of minutes from 1 to 2880.`);
  return type === 'TimeBasedCanary' ? canary(percentage!, interval!) : linear(percentage!, interval!);
}

function describe(config: DeploymentConfigDoc): CD.DeploymentConfigInfo {
  return {
    deploymentConfigId: config.deploymentConfigId,
    deploymentConfigName: config.deploymentConfigName,
    computePlatform: config.computePlatform,
    createTime: new Date(config.createTime),
    minimumHealthyHosts: config.minimumHealthyHosts,
    trafficRoutingConfig: config.trafficRoutingConfig,
    zonalConfig: config.zonalConfig,
  };
}

/** Create/Get/List/DeleteDeploymentConfig: AWS's predefined configurations and an account's own. */
export function deploymentConfigOperations(service: CodeDeployService): Operations {
  return {
    CreateDeploymentConfig(input, context) {
      const name = input.deploymentConfigName;
      if (name.startsWith(PREDEFINED_PREFIX)) {
        if (predefinedConfig(name)) throw deploymentConfigAlreadyExists(name);
        throw invalidDeploymentConfigName(`The deployment configuration name cannot start with ${PREDEFINED_PREFIX}: that prefix is reserved for AWS's predefined configurations.`);
      }
      if (service.state.deploymentConfig(context.accountId, context.region, name)) throw deploymentConfigAlreadyExists(name);
      if (service.state.deploymentConfigCount(context.accountId, context.region) >= MAX_CUSTOM_CONFIGS) throw deploymentConfigLimitExceeded();
      const platform = input.computePlatform ?? 'Server';
      if (!['Server', 'Lambda', 'ECS'].includes(platform)) throw invalidComputePlatform('The computePlatform is invalid. The computePlatform should be Lambda, Server, or ECS.');
      let minimumHealthyHosts: CD.MinimumHealthyHosts | undefined;
      if (platform === 'Server') {
        const hosts = input.minimumHealthyHosts;
        if (!hosts?.type || hosts.value === undefined) throw invalidMinimumHealthyHosts('The minimum healthy instance value was specified in an invalid format.');
        if (hosts.value < 0 || (hosts.type === 'FLEET_PERCENT' && hosts.value > 99)) throw invalidMinimumHealthyHosts('The minimum healthy instance value was specified in an invalid format.');
        minimumHealthyHosts = { type: hosts.type, value: hosts.value };
      } else if (input.minimumHealthyHosts) {
        throw invalidMinimumHealthyHosts(`Minimum healthy hosts are not supported for the ${platform} compute platform.`);
      }
      const config: DeploymentConfigDoc = {
        deploymentConfigId: randomUUID(),
        deploymentConfigName: name,
        computePlatform: platform,
        createTime: service.runtime.clock.now(),
        minimumHealthyHosts,
        trafficRoutingConfig: checkTrafficRouting(platform, input.trafficRoutingConfig),
        zonalConfig: input.zonalConfig,
      };
      service.state.putDeploymentConfig(context.accountId, context.region, config);
      return { deploymentConfigId: config.deploymentConfigId };
    },

    GetDeploymentConfig(input, context) {
      return { deploymentConfigInfo: describe(requireDeploymentConfig(service, context.accountId, context.region, input.deploymentConfigName)) };
    },

    ListDeploymentConfigs(input, context) {
      const names = [...Object.keys(PREDEFINED), ...service.state.deploymentConfigs(context.accountId, context.region).map((c) => c.deploymentConfigName)].sort();
      const page = pageAfterKey(names, (name) => name, 100, input.nextToken, invalidNextToken);
      return { deploymentConfigsList: page.items, nextToken: page.nextToken };
    },

    DeleteDeploymentConfig(input, context) {
      const name = input.deploymentConfigName;
      if (predefinedConfig(name)) throw invalidOperation('The default deployment configurations cannot be deleted.');
      if (!service.state.deploymentConfig(context.accountId, context.region, name)) return;
      if (service.state.deploymentConfigInUse(context.accountId, context.region, name)) throw deploymentConfigInUse(name);
      service.state.deleteDeploymentConfig(context.accountId, context.region, name);
    },
  };
}
