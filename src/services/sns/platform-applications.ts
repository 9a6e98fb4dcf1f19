import { randomUUID } from 'node:crypto';
import { AwsError } from '../../core/errors.js';
import { arn, parseArn } from '../../core/ids.js';
import type * as Sns from '../../generated/sns.js';
import { invalidParameter, notFound } from './errors.js';
import { checkMessageAttributes } from './message-attributes.js';
import { afterToken } from './page-tokens.js';
import { encodePageToken } from '../../core/pagination.js';
import { checkArnShape } from './service.js';
import { parseStructured, publishSms, type MessagingParts } from './sms.js';
import type { PlatformApplicationRow, PlatformEndpointRow } from './state.js';

/** The push services SNS speaks to. GCM (Firebase) needs only a credential; the others a principal with it. */
const PLATFORMS = new Set(['ADM', 'APNS', 'APNS_SANDBOX', 'APNS_VOIP', 'APNS_VOIP_SANDBOX', 'BAIDU', 'GCM', 'MPNS', 'WNS']);
const APPLICATION_ATTRIBUTES = new Set([
  'PlatformCredential', 'PlatformPrincipal', 'EventEndpointCreated', 'EventEndpointDeleted', 'EventEndpointUpdated', 'EventDeliveryFailure',
  'SuccessFeedbackRoleArn', 'FailureFeedbackRoleArn', 'SuccessFeedbackSampleRate', 'ApplePlatformTeamID', 'ApplePlatformBundleID', 'Enabled',
]);
const ENDPOINT_ATTRIBUTES = new Set(['CustomUserData', 'Enabled', 'Token']);
const APPLICATION_NAME = /^[A-Za-z0-9_.-]{1,256}$/;
/** AWS lists 15 applications a page and 100 endpoints a page. */
const APPLICATIONS_PAGE = 15;
const ENDPOINTS_PAGE = 100;
const MAX_CUSTOM_USER_DATA = 2048;
const MAX_PUSH_MESSAGE_BYTES = 256 * 1024;

function checkApplicationAttribute(name: string, value: string): void {
  if (!APPLICATION_ATTRIBUTES.has(name)) throw invalidParameter(`Attributes Reason: Invalid attribute name: ${name}`);
  if (name === 'Enabled' && value !== 'true' && value !== 'false') throw invalidParameter('Attributes Reason: Enabled must be true or false');
  if (name === 'SuccessFeedbackSampleRate' && (!/^\d{1,3}$/.test(value) || Number(value) > 100)) {
    throw invalidParameter('Attributes Reason: SuccessFeedbackSampleRate must be an integer from 0 to 100');
  }
  if (name.startsWith('Event') && value !== '' && parseArn(value)?.service !== 'sns') throw invalidParameter(`Attributes Reason: ${name} must be a topic ARN`);
}

function checkEndpointAttribute(name: string, value: string): void {
  if (!ENDPOINT_ATTRIBUTES.has(name)) throw invalidParameter(`Attributes Reason: Invalid attribute name: ${name}`);
  if (name === 'Enabled' && value !== 'true' && value !== 'false') throw invalidParameter('Attributes Reason: Enabled must be true or false');
  if (name === 'CustomUserData' && Buffer.byteLength(value) > MAX_CUSTOM_USER_DATA) throw invalidParameter('CustomUserData Reason: must be at most 2048 bytes long');
  if (name === 'Token' && value === '') throw invalidParameter('Token Reason: cannot be empty');
}

/** What an application shows: everything but its credential and principal, which SNS never hands back. */
function applicationView(app: PlatformApplicationRow): Record<string, string> {
  const { PlatformCredential: _credential, PlatformPrincipal: _principal, ...shown } = app.attributes;
  return { Enabled: 'true', ...shown };
}

/** Mobile push: platform applications and their endpoints. */
export function platformOperations(parts: MessagingParts): Partial<Sns.SnsOperations> {
  const { state } = parts;

  function requireApplication(applicationArn: string, parameter = 'PlatformApplicationArn'): PlatformApplicationRow {
    checkArnShape(applicationArn, parameter);
    if (!parseArn(applicationArn)?.resource.startsWith('app/')) throw invalidParameter(`${parameter} Reason: Wrong format for ARN`);
    const app = state.application(applicationArn);
    if (!app) throw notFound('PlatformApplication does not exist');
    return app;
  }

  return {
    CreatePlatformApplication(input, context) {
      if (!APPLICATION_NAME.test(input.Name)) {
        throw invalidParameter('Name Reason: Application names must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, hyphens, and periods, and must be between 1 and 256 characters long.');
      }
      if (!PLATFORMS.has(input.Platform)) throw invalidParameter(`Platform Reason: ${input.Platform} is not supported`);
      const attributes = input.Attributes ?? {};
      for (const [name, value] of Object.entries(attributes)) checkApplicationAttribute(name, value);
      const hasPrincipal = attributes.PlatformPrincipal !== undefined;
      const hasCredential = attributes.PlatformCredential !== undefined;
      if (input.Platform === 'GCM' && !hasCredential) throw invalidParameter('Attributes Reason: PlatformCredential attribute required');
      if (hasPrincipal && !hasCredential) throw invalidParameter('Attributes Reason: PlatformPrincipal attribute provided without PlatformCredential');
      if (input.Platform !== 'GCM' && hasCredential && !hasPrincipal) throw invalidParameter('Attributes Reason: PlatformCredential attribute provided without PlatformPrincipal');
      // Nimbus cannot ask Apple, Google or Amazon whether credentials are good; an application with none cannot push.
      if (input.Platform !== 'MPNS' && !hasCredential) throw invalidParameter('Attributes Reason: Platform credentials are invalid');
      const applicationArn = arn({ service: 'sns', region: context.region, account: context.accountId, resource: `app/${input.Platform}/${input.Name}` });
      const existing = state.application(applicationArn);
      state.putApplication({ arn: applicationArn, account: context.accountId, region: context.region, name: input.Name, platform: input.Platform, attributes: { ...existing?.attributes, ...attributes } });
      return { PlatformApplicationArn: applicationArn };
    },

    GetPlatformApplicationAttributes(input) {
      return { Attributes: applicationView(requireApplication(input.PlatformApplicationArn)) };
    },

    SetPlatformApplicationAttributes(input) {
      const app = requireApplication(input.PlatformApplicationArn);
      for (const [name, value] of Object.entries(input.Attributes)) checkApplicationAttribute(name, value);
      state.putApplication({ ...app, attributes: { ...app.attributes, ...input.Attributes } });
    },

    ListPlatformApplications(input, context) {
      const rows = state.applicationsAfter(context.accountId, context.region, afterToken(input.NextToken), APPLICATIONS_PAGE + 1);
      const page = rows.slice(0, APPLICATIONS_PAGE);
      return {
        PlatformApplications: page.map((app) => ({ PlatformApplicationArn: app.arn, Attributes: applicationView(app) })),
        NextToken: rows.length > APPLICATIONS_PAGE ? encodePageToken({ after: page[page.length - 1]!.arn }) : undefined,
      };
    },

    DeletePlatformApplication(input) {
      checkArnShape(input.PlatformApplicationArn, 'PlatformApplicationArn');
      state.deleteApplication(input.PlatformApplicationArn);
    },

    CreatePlatformEndpoint(input) {
      const app = requireApplication(input.PlatformApplicationArn);
      if (input.Token === '') throw invalidParameter('Token Reason: cannot be empty');
      const requested: Record<string, string> = { ...input.Attributes };
      for (const [name, value] of Object.entries(requested)) checkEndpointAttribute(name, value);
      if (input.CustomUserData !== undefined) {
        checkEndpointAttribute('CustomUserData', input.CustomUserData);
        requested.CustomUserData = input.CustomUserData;
      }
      // Idempotent on the token: the same token with the same attributes answers the same endpoint.
      const existing = state.endpointByToken(app.arn, input.Token);
      if (existing) {
        const view = { Enabled: 'true', ...existing.attributes };
        const differs = Object.entries(requested).some(([name, value]) => name !== 'Token' && (view as Record<string, string>)[name] !== value);
        if (differs) throw invalidParameter(`Token Reason: Endpoint ${existing.arn} already exists with the same Token, but different attributes.`);
        return { EndpointArn: existing.arn };
      }
      const endpointArn = arn({ service: 'sns', region: app.region, account: app.account, resource: `endpoint/${app.platform}/${app.name}/${randomUUID()}` });
      const { Token: _token, ...attributes } = requested;
      state.putEndpoint({ arn: endpointArn, applicationArn: app.arn, token: input.Token, attributes: { Enabled: 'true', ...attributes } });
      return { EndpointArn: endpointArn };
    },

    GetEndpointAttributes(input) {
      const endpoint = requireEndpoint(parts, input.EndpointArn);
      return { Attributes: endpointView(endpoint) };
    },

    SetEndpointAttributes(input) {
      const endpoint = requireEndpoint(parts, input.EndpointArn);
      for (const [name, value] of Object.entries(input.Attributes)) checkEndpointAttribute(name, value);
      const { Token, ...rest } = input.Attributes;
      state.putEndpoint({ ...endpoint, token: Token ?? endpoint.token, attributes: { ...endpoint.attributes, ...rest } });
    },

    ListEndpointsByPlatformApplication(input) {
      const app = requireApplication(input.PlatformApplicationArn);
      const rows = state.endpointsAfter(app.arn, afterToken(input.NextToken), ENDPOINTS_PAGE + 1);
      const page = rows.slice(0, ENDPOINTS_PAGE);
      return {
        Endpoints: page.map((endpoint) => ({ EndpointArn: endpoint.arn, Attributes: endpointView(endpoint) })),
        NextToken: rows.length > ENDPOINTS_PAGE ? encodePageToken({ after: page[page.length - 1]!.arn }) : undefined,
      };
    },

    DeleteEndpoint(input) {
      checkArnShape(input.EndpointArn, 'EndpointArn');
      state.deleteEndpoint(input.EndpointArn);
    },
  };
}

function endpointView(endpoint: PlatformEndpointRow): Record<string, string> {
  return { Enabled: 'true', ...endpoint.attributes, Token: endpoint.token };
}

function requireEndpoint(parts: MessagingParts, endpointArn: string, parameter = 'EndpointArn'): PlatformEndpointRow {
  checkArnShape(endpointArn, parameter);
  if (!parseArn(endpointArn)?.resource.startsWith('endpoint/')) throw invalidParameter(`${parameter} Reason: Wrong format for ARN`);
  const endpoint = parts.state.endpoint(endpointArn);
  if (!endpoint) throw notFound('Endpoint does not exist');
  return endpoint;
}

/** The platform an endpoint ARN names (endpoint/GCM/app/id → GCM). */
const platformOf = (endpointArn: string): string => parseArn(endpointArn)?.resource.split('/')[1] ?? '';

/** Publish with TargetArn naming a platform endpoint: refused while the endpoint is disabled, else recorded as sent. */
export function publishToEndpoint(parts: MessagingParts, input: Sns.PublishInput): { MessageId: string } {
  const endpoint = requireEndpoint(parts, input.TargetArn!, 'TargetArn');
  if (!input.Message) throw invalidParameter('Empty message');
  checkMessageAttributes(input.MessageAttributes);
  if (Buffer.byteLength(input.Message) > MAX_PUSH_MESSAGE_BYTES) throw invalidParameter('Message too long');
  if (input.MessageStructure !== undefined && input.MessageStructure !== 'json') throw invalidParameter('MessageStructure');
  const perPlatform = input.MessageStructure === 'json' ? parseStructured(input.Message) : undefined;
  if (endpoint.attributes.Enabled === 'false') throw new AwsError('EndpointDisabledException', 'Endpoint is disabled', 400);
  const messageId = randomUUID();
  recordPush(parts, endpoint, { messageId, message: input.Message, perPlatform, subject: input.Subject });
  return { MessageId: messageId };
}

/** An application subscription's delivery: skipped for an endpoint that is gone or disabled, as SNS drops it. */
export function deliverToEndpoint(
  parts: MessagingParts,
  endpointArn: string,
  published: { messageId: string; message: string; perProtocol?: Record<string, string>; subject?: string; topicArn: string; subscriptionArn: string },
): void {
  const endpoint = parts.state.endpoint(endpointArn);
  if (!endpoint || endpoint.attributes.Enabled === 'false') return;
  recordPush(parts, endpoint, { ...published, perPlatform: published.perProtocol });
}

function recordPush(
  parts: MessagingParts,
  endpoint: PlatformEndpointRow,
  push: { messageId: string; message: string; perPlatform?: Record<string, string>; subject?: string; topicArn?: string; subscriptionArn?: string },
): void {
  const platform = platformOf(endpoint.arn);
  const parsed = parseArn(endpoint.arn)!;
  // A json-structured message sends the platform's own entry (GCM, APNS...), else the default.
  const message = push.perPlatform ? (push.perPlatform[platform] ?? push.perPlatform.default!) : push.message;
  parts.sent.record({
    account: parsed.account,
    region: parsed.region,
    protocol: 'application',
    endpoint: endpoint.arn,
    messageId: push.messageId,
    ...(push.subject !== undefined ? { subject: push.subject } : {}),
    message,
    type: 'Notification',
    platform,
    ...(push.topicArn ? { topicArn: push.topicArn } : {}),
    ...(push.subscriptionArn ? { subscriptionArn: push.subscriptionArn } : {}),
  });
}

/** Publish straight to a phone number or a platform endpoint; undefined for a topic (publishing.ts answers those). */
export function publishDirect(parts: MessagingParts, input: Sns.PublishInput, account: string, region: string): { MessageId: string } | undefined {
  if (input.TopicArn !== undefined) return undefined;
  if (input.TargetArn !== undefined) {
    const parsed = parseArn(input.TargetArn);
    return parsed?.service === 'sns' && parsed.resource.startsWith('endpoint/') ? publishToEndpoint(parts, input) : undefined;
  }
  return input.PhoneNumber !== undefined ? publishSms(parts, input, account, region) : undefined;
}
