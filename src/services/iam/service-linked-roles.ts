import { randomUUID } from 'node:crypto';
import type * as Iam from '../../generated/iam.js';
import { invalidInput, noSuchEntity } from './errors.js';
import { uniqueId } from './identifiers.js';
import { DEFAULT_MAX_SESSION_SECONDS, roleShape, SERVICE_LINKED_PATH_PREFIX } from './roles.js';
import type { IamService } from './service.js';
import type { RoleRow } from './state.js';

/** The role names AWS gives the service-linked roles of services whose name does not spell it plainly. */
const ROLE_NAMES: Record<string, string> = {
  'autoscaling.amazonaws.com': 'AWSServiceRoleForAutoScaling',
  'ecs.amazonaws.com': 'AWSServiceRoleForECS',
  'eks.amazonaws.com': 'AWSServiceRoleForAmazonEKS',
  'elasticloadbalancing.amazonaws.com': 'AWSServiceRoleForElasticLoadBalancing',
  'elasticbeanstalk.amazonaws.com': 'AWSServiceRoleForElasticBeanstalk',
  'rds.amazonaws.com': 'AWSServiceRoleForRDS',
  'spot.amazonaws.com': 'AWSServiceRoleForEC2Spot',
  'replication.dynamodb.amazonaws.com': 'AWSServiceRoleForDynamoDBReplication',
  'opensearchservice.amazonaws.com': 'AWSServiceRoleForAmazonOpenSearchService',
  'organizations.amazonaws.com': 'AWSServiceRoleForOrganizations',
  'cloudtrail.amazonaws.com': 'AWSServiceRoleForCloudTrail',
  'lambda.amazonaws.com': 'AWSServiceRoleForLambda',
  'ecs.application-autoscaling.amazonaws.com': 'AWSServiceRoleForApplicationAutoScaling_ECSService',
  'dynamodb.application-autoscaling.amazonaws.com': 'AWSServiceRoleForApplicationAutoScaling_DynamoDBTable',
  'events.amazonaws.com': 'AWSServiceRoleForCloudWatchEvents',
  'ssm.amazonaws.com': 'AWSServiceRoleForAmazonSSM',
};

function roleNameFor(serviceName: string): string {
  const known = ROLE_NAMES[serviceName];
  if (known) return known;
  const first = serviceName.split('.')[0]!;
  return `AWSServiceRoleFor${first.charAt(0).toUpperCase()}${first.slice(1)}`;
}

/** Roles AWS services own: path /aws-service-role/<service>/, changed only through these operations. */
export function serviceLinkedRoleOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    CreateServiceLinkedRole(input, context) {
      const account = context.accountId;
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/.test(input.AWSServiceName)) throw invalidInput(`Invalid service name: ${input.AWSServiceName}`);
      const base = roleNameFor(input.AWSServiceName);
      const name = input.CustomSuffix ? `${base}_${input.CustomSuffix}` : base;
      if (state.role(account, name)) throw invalidInput(`Service role name ${name} has been taken in this account, please try a different suffix.`);
      const path = `${SERVICE_LINKED_PATH_PREFIX}${input.AWSServiceName}/`;
      const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: [input.AWSServiceName] }, Action: ['sts:AssumeRole'] }] });
      const role: RoleRow = {
        account, name, path, id: uniqueId('AROA'), arn: service.arn(account, `role${path}${name}`), createdAt: service.now(), trustPolicy: trust,
        description: input.Description ?? null, maxSession: DEFAULT_MAX_SESSION_SECONDS, boundary: null, tags: {}, lastUsedAt: null, lastUsedRegion: null,
      };
      state.insertRole(role);
      return { Role: { ...roleShape(role), RoleLastUsed: undefined } };
    },

    DeleteServiceLinkedRole(input, context) {
      const account = context.accountId;
      const role = service.requireRole(account, input.RoleName);
      if (!role.path.startsWith(SERVICE_LINKED_PATH_PREFIX)) throw invalidInput(`Role ${role.name} is not a service-linked role.`);
      const serviceName = role.path.slice(SERVICE_LINKED_PATH_PREFIX.length, -1);
      const taskId = `task/aws-service-role/${serviceName}/${role.name}/${randomUUID()}`;
      // Nimbus's services hold no resources through the role, so the deletion succeeds at once.
      state.transaction(() => {
        for (const p of state.inlinePolicies(account, 'role', role.name)) state.deleteInlinePolicy(account, 'role', role.name, p.name);
        for (const arn of state.attachedTo(account, 'role', role.name)) state.detach(account, 'role', role.name, arn);
        for (const profile of state.instanceProfilesOfRole(account, role.name)) state.setInstanceProfileRole(account, profile.name, null);
        state.deleteRole(account, role.name);
        state.putDeletionTask(taskId, account, role.name, 'SUCCEEDED', null);
      });
      return { DeletionTaskId: taskId };
    },

    GetServiceLinkedRoleDeletionStatus(input, context) {
      const task = state.deletionTask(input.DeletionTaskId);
      if (!task || task.account !== context.accountId) throw noSuchEntity(`Deletion task ${input.DeletionTaskId} cannot be found.`);
      return { Status: task.status as Iam.GetServiceLinkedRoleDeletionStatusResponse['Status'] };
    },
  };
}
