import { randomUUID } from 'node:crypto';
import { parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as CD from '../../generated/codedeploy.js';
import {
  applicationAlreadyExists,
  applicationLimitExceeded,
  applicationNameRequired,
  applicationsNotFound,
  batchLimitExceeded,
  deploymentGroupDoesNotExist,
  invalidArn,
  invalidComputePlatform,
  invalidNextToken,
  invalidTagsToAdd,
  resourceArnRequired,
  tagRequired,
} from './errors.js';
import type { CodeDeployService } from './service.js';
import type { ApplicationRow, Tags } from './state.js';

type Operations = Partial<CD.CodedeployOperations>;

/** A resource may carry up to 50 tags, as AWS's tagging rules say. */
const MAX_TAGS = 50;
/** CodeDeploy's quota: 1,000 applications per account and Region. */
const MAX_APPLICATIONS = 1000;

export function describeApplication(app: ApplicationRow): CD.ApplicationInfo {
  return { applicationId: app.id, applicationName: app.name, computePlatform: app.computePlatform, createTime: new Date(app.createdAt), linkedToGitHub: false };
}

/** Tags as given, checked: a key is required, at most 50 per resource. */
export function checkTags(tags: CD.TagShape[] | undefined): Tags {
  const out: Tags = [];
  for (const tag of tags ?? []) {
    if (!tag.Key) throw invalidTagsToAdd('The specified tags are not valid: a tag needs a key.');
    out.push({ Key: tag.Key, Value: tag.Value ?? '' });
  }
  return out;
}

function mergeTags(existing: Tags, added: Tags): Tags {
  const byKey = new Map(existing.map((tag) => [tag.Key, tag.Value]));
  for (const tag of added) byKey.set(tag.Key, tag.Value);
  if (byKey.size > MAX_TAGS) throw invalidTagsToAdd(`The specified tags are not valid: a resource can have at most ${MAX_TAGS} tags.`);
  return [...byKey].map(([Key, Value]) => ({ Key, Value }));
}

/** Applications (Create/Get/List/Update/Delete/BatchGet) and tags on applications and deployment groups. */
export function applicationOperations(service: CodeDeployService): Operations {
  /** The tagged resource an ARN names: an application or a deployment group of this account. */
  function taggable(resourceArn: string, account: string, region: string): { tags: Tags; save: (tags: Tags) => void } {
    if (!resourceArn) throw resourceArnRequired();
    const parsed = parseArn(resourceArn);
    if (!parsed || parsed.service !== 'codedeploy' || parsed.account !== account || parsed.region !== region) throw invalidArn(resourceArn);
    const [kind, ...rest] = parsed.resource.split(':');
    const name = rest.join(':');
    if (kind === 'application' && name) {
      const app = service.requireApplication(account, region, name);
      return { tags: app.tags, save: (tags) => service.state.setApplicationTags(account, region, name, tags) };
    }
    if (kind === 'deploymentgroup' && name.includes('/')) {
      const [application, group] = [name.slice(0, name.indexOf('/')), name.slice(name.indexOf('/') + 1)];
      service.requireApplication(account, region, application);
      const doc = service.state.deploymentGroup(account, region, application, group);
      if (!doc) throw deploymentGroupDoesNotExist(group);
      return { tags: service.state.deploymentGroupTags(account, region, application, group) ?? [], save: (tags) => service.state.putDeploymentGroup(account, region, doc, tags) };
    }
    throw invalidArn(resourceArn);
  }

  return {
    CreateApplication(input, context) {
      const platform = input.computePlatform ?? 'Server';
      if (!['Server', 'Lambda', 'ECS'].includes(platform)) throw invalidComputePlatform('The computePlatform is invalid. The computePlatform should be Lambda, Server, or ECS.');
      if (service.state.application(context.accountId, context.region, input.applicationName)) throw applicationAlreadyExists(input.applicationName);
      if (service.state.applicationCount(context.accountId, context.region) >= MAX_APPLICATIONS) throw applicationLimitExceeded();
      const tags = mergeTags([], checkTags(input.tags));
      const app: ApplicationRow = {
        account: context.accountId,
        region: context.region,
        name: input.applicationName,
        id: randomUUID(),
        computePlatform: platform,
        createdAt: service.now(),
        tags,
      };
      service.state.putApplication(app);
      return { applicationId: app.id };
    },

    GetApplication(input, context) {
      return { application: describeApplication(service.requireApplication(context.accountId, context.region, input.applicationName)) };
    },

    BatchGetApplications(input, context) {
      if (!input.applicationNames.length) throw applicationNameRequired();
      if (input.applicationNames.length > 100) throw batchLimitExceeded();
      const apps = input.applicationNames.map((name) => service.state.application(context.accountId, context.region, name));
      if (apps.some((app) => !app)) throw applicationsNotFound(context.accountId);
      return { applicationsInfo: apps.map((app) => describeApplication(app!)) };
    },

    ListApplications(input, context) {
      const names = service.state.applications(context.accountId, context.region).map((app) => app.name);
      const page = pageAfterKey(names, (name) => name, 100, input.nextToken, invalidNextToken);
      return { applications: page.items, nextToken: page.nextToken };
    },

    UpdateApplication(input, context) {
      if (!input.applicationName) throw applicationNameRequired();
      service.requireApplication(context.accountId, context.region, input.applicationName);
      const to = input.newApplicationName;
      if (!to || to === input.applicationName) return;
      if (service.state.application(context.accountId, context.region, to)) throw applicationAlreadyExists(to);
      service.state.renameApplication(context.accountId, context.region, input.applicationName, to);
    },

    DeleteApplication(input, context) {
      service.state.deleteApplication(context.accountId, context.region, input.applicationName);
    },

    TagResource(input, context) {
      if (!input.Tags.length) throw tagRequired();
      const resource = taggable(input.ResourceArn, context.accountId, context.region);
      resource.save(mergeTags(resource.tags, checkTags(input.Tags)));
      return {};
    },

    UntagResource(input, context) {
      const resource = taggable(input.ResourceArn, context.accountId, context.region);
      const removed = new Set(input.TagKeys);
      resource.save(resource.tags.filter((tag) => !removed.has(tag.Key)));
      return {};
    },

    ListTagsForResource(input, context) {
      const tags = taggable(input.ResourceArn, context.accountId, context.region).tags;
      return { Tags: tags };
    },
  };
}
