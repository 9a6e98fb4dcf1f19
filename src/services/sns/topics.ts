import { arn, parseArn } from '../../core/ids.js';
import type * as Sns from '../../generated/sns.js';
import { invalidParameter, resourceNotFound, tagLimitExceeded } from './errors.js';
import { afterToken, pageOf, PAGE_SIZE } from './page-tokens.js';
import type { SnsService } from './service.js';
import { checkTopicAttribute, defaultTopicPolicy, isFifoTopic, topicAttributesView } from './topic-attributes.js';

const MAX_TAGS = 50;
const NAME = /^[A-Za-z0-9_-]{1,256}$/;
const FIFO_NAME = /^[A-Za-z0-9_-]{1,251}\.fifo$/;


/** Topics, their attributes, tags and access policy. */
export function topicOperations(service: SnsService): Partial<Sns.SnsOperations> {
  const { state } = service;
  return {
    CreateTopic(input, context) {
      const given = { ...(input.Attributes ?? {}) };
      const fifo = (given.FifoTopic ?? '').toLowerCase() === 'true';
      if (given.FifoTopic !== undefined) {
        if (!BOOLEAN.test(given.FifoTopic)) throw invalidParameter('Attributes Reason: FifoTopic must be true or false');
        given.FifoTopic = given.FifoTopic.toLowerCase();
        if (!fifo) delete given.FifoTopic;
      }
      if (fifo ? !FIFO_NAME.test(input.Name) : !NAME.test(input.Name)) {
        throw invalidParameter(fifo ? 'Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.' : 'Topic Name');
      }
      const attributes: Record<string, string> = fifo ? { FifoTopic: 'true' } : {};
      for (const [name, value] of Object.entries(given)) {
        if (name === 'FifoTopic') continue;
        attributes[name] = checkTopicAttribute(name, value, fifo);
      }
      const tags = tagsOf(input.Tags);
      const topicArn = service.topicArn(context.accountId, context.region, input.Name);
      const existing = state.topic(topicArn);
      if (existing) {
        // Asking again for what exists answers its ARN; asking for something else is refused.
        for (const [name, value] of Object.entries(attributes)) {
          if ((existing.attributes[name] ?? '') !== value) throw invalidParameter('Attributes Reason: Topic already exists with different attributes');
        }
        if (isFifoTopic(existing) !== fifo) throw invalidParameter('Attributes Reason: Topic already exists with different attributes');
        for (const [key, value] of Object.entries(tags)) {
          if (existing.tags[key] !== value) throw invalidParameter('Tags Reason: Topic already exists with different tags');
        }
        return { TopicArn: topicArn };
      }
      checkTags(tags, {});
      attributes.Policy ??= defaultTopicPolicy(topicArn, context.accountId);
      state.insertTopic({ arn: topicArn, account: context.accountId, region: context.region, name: input.Name, attributes, tags, createdAt: service.clock.now() });
      return { TopicArn: topicArn };
    },

    DeleteTopic(input) {
      // Deleting a topic that does not exist succeeds, as on AWS; a malformed ARN does not.
      const parsed = parseArn(input.TopicArn);
      if (!parsed || parsed.service !== 'sns') throw invalidParameter('TopicArn');
      state.deleteTopic(input.TopicArn);
    },

    GetTopicAttributes(input) {
      const topic = service.requireTopic(input.TopicArn);
      return { Attributes: topicAttributesView(topic, state.subscriptionsOf(topic.arn)) };
    },

    SetTopicAttributes(input) {
      const topic = service.requireTopic(input.TopicArn);
      if (input.AttributeName === 'FifoTopic') throw invalidParameter('AttributeName');
      const value = checkTopicAttribute(input.AttributeName, input.AttributeValue ?? '', isFifoTopic(topic));
      const attributes = { ...topic.attributes, [input.AttributeName]: value };
      // An empty Policy puts the default back.
      if (input.AttributeName === 'Policy' && value === '') attributes.Policy = defaultTopicPolicy(topic.arn, topic.account);
      else if (value === '') delete attributes[input.AttributeName];
      state.setTopicAttributes(topic.arn, attributes);
    },

    ListTopics(input, context) {
      const page = pageOf(state.topicsAfter(context.accountId, context.region, afterToken(input.NextToken), PAGE_SIZE + 1));
      return { Topics: page.rows.map((t) => ({ TopicArn: t.arn })), NextToken: page.nextToken };
    },

    TagResource(input) {
      const topic = state.topic(input.ResourceArn);
      if (!topic) throw resourceNotFound();
      const tags = tagsOf(input.Tags);
      checkTags(tags, topic.tags);
      state.setTopicTags(topic.arn, { ...topic.tags, ...tags });
      return {};
    },

    UntagResource(input) {
      const topic = state.topic(input.ResourceArn);
      if (!topic) throw resourceNotFound();
      const tags = { ...topic.tags };
      for (const key of input.TagKeys) delete tags[key];
      state.setTopicTags(topic.arn, tags);
      return {};
    },

    ListTagsForResource(input) {
      const topic = state.topic(input.ResourceArn);
      if (!topic) throw resourceNotFound();
      return { Tags: Object.entries(topic.tags).map(([Key, Value]) => ({ Key, Value })) };
    },

    GetDataProtectionPolicy(input) {
      const topic = service.requireTopic(input.ResourceArn, 'ResourceArn');
      return { DataProtectionPolicy: topic.attributes.DataProtectionPolicy ?? '' };
    },

    PutDataProtectionPolicy(input) {
      const topic = service.requireTopic(input.ResourceArn, 'ResourceArn');
      const value = checkTopicAttribute('DataProtectionPolicy', input.DataProtectionPolicy, isFifoTopic(topic));
      const attributes: Record<string, string> = { ...topic.attributes, DataProtectionPolicy: value };
      if (value === '') delete attributes.DataProtectionPolicy;
      state.setTopicAttributes(topic.arn, attributes);
    },

    AddPermission(input) {
      const topic = service.requireTopic(input.TopicArn);
      const policy = readPolicy(topic.attributes.Policy ?? defaultTopicPolicy(topic.arn, topic.account));
      if (policy.Statement.some((s) => s.Sid === input.Label)) throw invalidParameter('Statement already exists');
      const partitionRegion = topic.region;
      const principals = input.AWSAccountId.map((account) => (/^\d{12}$/.test(account) ? arn({ service: 'iam', region: '', account, resource: 'root', partitionRegion }) : account));
      policy.Statement.push({
        Sid: input.Label,
        Effect: 'Allow',
        Principal: { AWS: principals.length === 1 ? principals[0] : principals },
        Action: input.ActionName.map((action) => `SNS:${action}`),
        Resource: topic.arn,
      });
      state.setTopicAttributes(topic.arn, { ...topic.attributes, Policy: JSON.stringify(policy) });
    },

    RemovePermission(input) {
      const topic = service.requireTopic(input.TopicArn);
      const policy = readPolicy(topic.attributes.Policy ?? defaultTopicPolicy(topic.arn, topic.account));
      policy.Statement = policy.Statement.filter((s) => s.Sid !== input.Label);
      state.setTopicAttributes(topic.arn, { ...topic.attributes, Policy: JSON.stringify(policy) });
    },
  };
}

const BOOLEAN = /^(true|false)$/i;

function readPolicy(text: string): { Statement: Array<Record<string, unknown>> } & Record<string, unknown> {
  const parsed = JSON.parse(text) as { Statement?: unknown } & Record<string, unknown>;
  const statements = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
  return { ...parsed, Statement: statements as Array<Record<string, unknown>> };
}

function tagsOf(tags: Sns.TagShape[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags ?? []) out[tag.Key] = tag.Value;
  return out;
}

function checkTags(tags: Record<string, string>, existing: Record<string, string>): void {
  for (const key of Object.keys(tags)) {
    if (key.toLowerCase().startsWith('aws:')) throw invalidParameter('Tags Reason: Keys can not start with aws:');
  }
  if (Object.keys({ ...existing, ...tags }).length > MAX_TAGS) throw tagLimitExceeded();
}
