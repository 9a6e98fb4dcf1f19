import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CheckIfPhoneNumberIsOptedOutCommand,
  CreatePlatformApplicationCommand,
  CreatePlatformEndpointCommand,
  CreateSMSSandboxPhoneNumberCommand,
  CreateTopicCommand,
  DeleteEndpointCommand,
  DeletePlatformApplicationCommand,
  DeleteSMSSandboxPhoneNumberCommand,
  GetEndpointAttributesCommand,
  GetPlatformApplicationAttributesCommand,
  GetSMSAttributesCommand,
  GetSMSSandboxAccountStatusCommand,
  GetSubscriptionAttributesCommand,
  ListEndpointsByPlatformApplicationCommand,
  ListOriginationNumbersCommand,
  ListPhoneNumbersOptedOutCommand,
  ListPlatformApplicationsCommand,
  ListSMSSandboxPhoneNumbersCommand,
  ListSubscriptionsByTopicCommand,
  OptInPhoneNumberCommand,
  PublishCommand,
  SetEndpointAttributesCommand,
  SetPlatformApplicationAttributesCommand,
  SetSMSAttributesCommand,
  SNSClient,
  SubscribeCommand,
  VerifySMSSandboxPhoneNumberCommand,
} from '@aws-sdk/client-sns';
import type { Cloud } from '../../src/index.js';
import type { SnsApi } from '../../src/services/sns/api.js';
import { SENT_MESSAGES_KEPT, SentMessages } from '../../src/services/sns/sent-messages.js';
import { SnsMessagingState } from '../../src/services/sns/state.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';

describe('SNS SMS, mobile push and recorded email/SMS/push deliveries', () => {
  let cloud: Cloud;
  let sns: SNSClient;
  let api: SnsApi;
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-sns-sms-'));

  before(async () => {
    cloud = await startTestCloud({ dataDir });
    sns = new SNSClient(clientConfig(cloud));
    api = await cloud.runtime.api<SnsApi>('sns');
  });
  after(async () => {
    sns.destroy();
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A recipient replying STOP: AWS has no API for it, so the test writes the opt-out as SNS would. */
  function optOut(phone: string): void {
    new SnsMessagingState(cloud.runtime.store).setOptedOut(ACCOUNT, REGION, phone, true);
  }

  test('SetSMSAttributes / GetSMSAttributes keep valid settings and refuse bad ones', async () => {
    await sns.send(new SetSMSAttributesCommand({ attributes: { DefaultSMSType: 'Transactional', DefaultSenderID: 'Nimbus1', MonthlySpendLimit: '5' } }));
    const all = await sns.send(new GetSMSAttributesCommand({}));
    assert.deepEqual(all.attributes, { DefaultSMSType: 'Transactional', DefaultSenderID: 'Nimbus1', MonthlySpendLimit: '5' });
    const some = await sns.send(new GetSMSAttributesCommand({ attributes: ['DefaultSMSType'] }));
    assert.deepEqual(some.attributes, { DefaultSMSType: 'Transactional' });
    await expectAwsError(sns.send(new SetSMSAttributesCommand({ attributes: { DefaultSMSType: 'Loud' } })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: attributes Reason: Invalid value for DefaultSMSType: Loud', status: 400, code: 'InvalidParameter',
    });
    await expectAwsError(sns.send(new SetSMSAttributesCommand({ attributes: { Colour: 'blue' } })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: attributes Reason: Colour is not a valid attribute', status: 400,
    });
  });

  test('Publish with PhoneNumber: E.164 checked, the SMS recorded with its type and sender; an opted-out number is recorded as failed', async () => {
    await expectAwsError(sns.send(new PublishCommand({ PhoneNumber: '555-1234', Message: 'hi' })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: PhoneNumber Reason: 555-1234 is not valid to publish to', status: 400, code: 'InvalidParameter',
    });
    await expectAwsError(sns.send(new PublishCommand({ PhoneNumber: '+15555550100', Message: 'x'.repeat(1601) })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: Message too long', status: 400,
    });
    const { MessageId } = await sns.send(new PublishCommand({ PhoneNumber: '+15555550100', Message: 'your code is 42' }));
    const [sms] = api.sentMessages!({ protocol: 'sms', endpoint: '+15555550100' });
    assert.equal(sms?.messageId, MessageId);
    assert.equal(sms?.message, 'your code is 42');
    assert.equal(sms?.smsType, 'Transactional');
    assert.equal(sms?.senderId, 'Nimbus1');
    assert.equal(sms?.status, 'SUCCESS');

    optOut('+15555550101');
    assert.equal((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550101' }))).isOptedOut, true);
    assert.equal((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550100' }))).isOptedOut, false);
    await sns.send(new PublishCommand({ PhoneNumber: '+15555550101', Message: 'sale!' }));
    const [refused] = api.sentMessages!({ endpoint: '+15555550101' });
    assert.equal(refused?.status, 'FAILURE');
    assert.equal(refused?.providerResponse, 'Phone is currently opted out');
    assert.deepEqual((await sns.send(new ListPhoneNumbersOptedOutCommand({}))).phoneNumbers, ['+15555550101']);
    await expectAwsError(sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '12' })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: PhoneNumber Reason: input incorrectly formatted', status: 400,
    });
  });

  test('OptInPhoneNumber opts a number back in, then not again within 30 days (virtual clock)', async () => {
    optOut('+15555550102');
    await sns.send(new OptInPhoneNumberCommand({ phoneNumber: '+15555550102' }));
    assert.equal((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550102' }))).isOptedOut, false);
    optOut('+15555550102');
    await expectAwsError(sns.send(new OptInPhoneNumberCommand({ phoneNumber: '+15555550102' })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: PhoneNumber Reason: A phone number can be opted in only once every 30 days', status: 400,
    });
    await advanceClock(cloud, '30d');
    await sns.send(new OptInPhoneNumberCommand({ phoneNumber: '+15555550102' }));
    assert.equal((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550102' }))).isOptedOut, false);
  });

  test('SMS sandbox: the one-time password is sent by SMS, read back, verified; wrong codes and unknown numbers refused', async () => {
    assert.equal((await sns.send(new GetSMSSandboxAccountStatusCommand({}))).IsInSandbox, false);
    await sns.send(new CreateSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550200', LanguageCode: 'en-US' }));
    assert.deepEqual((await sns.send(new ListSMSSandboxPhoneNumbersCommand({}))).PhoneNumbers, [{ PhoneNumber: '+15555550200', Status: 'Pending' }]);
    const otpMessage = api.sentMessages!({ protocol: 'sms', endpoint: '+15555550200' }).at(-1)!;
    assert.equal(otpMessage.type, 'Verification');
    const otp = /(\d{6})$/.exec(otpMessage.message)![1]!;
    const wrong = otp === '000000' ? '111111' : '000000';
    await expectAwsError(sns.send(new VerifySMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550200', OneTimePassword: wrong })), {
      name: 'VerificationException', message: 'Invalid one-time password.', status: 400,
    });
    await sns.send(new VerifySMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550200', OneTimePassword: otp }));
    assert.deepEqual((await sns.send(new ListSMSSandboxPhoneNumbersCommand({}))).PhoneNumbers, [{ PhoneNumber: '+15555550200', Status: 'Verified' }]);
    await expectAwsError(sns.send(new VerifySMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550299', OneTimePassword: '123456' })), {
      name: 'ResourceNotFoundException', message: 'Phone number does not exist in the SMS sandbox.', status: 404,
    });
    optOut('+15555550201');
    await expectAwsError(sns.send(new CreateSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550201' })), { name: 'OptedOutException', message: 'Phone number is opted out.', status: 400 });
    await sns.send(new DeleteSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550200' }));
    assert.deepEqual((await sns.send(new ListSMSSandboxPhoneNumbersCommand({}))).PhoneNumbers, []);
    await expectAwsError(sns.send(new DeleteSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550200' })), { name: 'ResourceNotFoundException', status: 404 });
    assert.deepEqual((await sns.send(new ListOriginationNumbersCommand({ MaxResults: 5 }))).PhoneNumbers, []);
    await expectAwsError(sns.send(new ListOriginationNumbersCommand({ MaxResults: 31 })), { status: 400 });
    await expectAwsError(sns.send(new ListOriginationNumbersCommand({ NextToken: 'bogus' })), { name: 'InvalidParameterException', message: 'Invalid parameter: NextToken', status: 400 });
  });

  test('platform applications: attribute checks per platform, attributes without the credential, listing, deletion with endpoints', async () => {
    await expectAwsError(sns.send(new CreatePlatformApplicationCommand({ Name: 'app', Platform: 'GCM', Attributes: { SuccessFeedbackSampleRate: '10' } })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: Attributes Reason: PlatformCredential attribute required', status: 400, code: 'InvalidParameter',
    });
    await expectAwsError(sns.send(new CreatePlatformApplicationCommand({ Name: 'app', Platform: 'GCM', Attributes: {} })), {
      name: 'ValidationError', message: "1 validation error detected: Value null at 'attributes' failed to satisfy constraint: Member must not be null", status: 400,
    });
    await expectAwsError(sns.send(new CreatePlatformApplicationCommand({ Name: 'app', Platform: 'APNS', Attributes: { PlatformCredential: 'key' } })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: Attributes Reason: PlatformCredential attribute provided without PlatformPrincipal', status: 400,
    });
    await expectAwsError(sns.send(new CreatePlatformApplicationCommand({ Name: 'app', Platform: 'WNS', Attributes: { PlatformPrincipal: 'sid' } })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: Attributes Reason: PlatformPrincipal attribute provided without PlatformCredential', status: 400,
    });
    await expectAwsError(sns.send(new CreatePlatformApplicationCommand({ Name: 'app', Platform: 'NOKIA', Attributes: { PlatformCredential: 'k' } })), {
      name: 'InvalidParameterException', message: 'Invalid parameter: Platform Reason: NOKIA is not supported', status: 400,
    });
    await expectAwsError(sns.send(new CreatePlatformApplicationCommand({ Name: 'bad name!', Platform: 'GCM', Attributes: { PlatformCredential: 'k' } })), {
      name: 'InvalidParameterException', message: /^Invalid parameter: Name Reason: Application names must be made up of only/, status: 400,
    });
    const { PlatformApplicationArn: gcm } = await sns.send(new CreatePlatformApplicationCommand({ Name: 'droid', Platform: 'GCM', Attributes: { PlatformCredential: 'server-key' } }));
    assert.equal(gcm, `arn:aws:sns:${REGION}:${ACCOUNT}:app/GCM/droid`);
    const { PlatformApplicationArn: apns } = await sns.send(
      new CreatePlatformApplicationCommand({ Name: 'phone', Platform: 'APNS_SANDBOX', Attributes: { PlatformCredential: 'private-key', PlatformPrincipal: 'cert' } }),
    );
    const attributes = (await sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: apns }))).Attributes!;
    assert.equal(attributes.Enabled, 'true');
    assert.equal(attributes.PlatformPrincipal, undefined);
    assert.equal(attributes.PlatformCredential, undefined);
    await sns.send(new SetPlatformApplicationAttributesCommand({ PlatformApplicationArn: apns, Attributes: { SuccessFeedbackSampleRate: '50' } }));
    assert.equal((await sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: apns }))).Attributes!.SuccessFeedbackSampleRate, '50');
    const listed = (await sns.send(new ListPlatformApplicationsCommand({}))).PlatformApplications!.map((a) => a.PlatformApplicationArn).sort();
    assert.deepEqual(listed, [apns, gcm].sort());
    const gone = `arn:aws:sns:${REGION}:${ACCOUNT}:app/GCM/nothing`;
    await expectAwsError(sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: gone })), {
      name: 'NotFoundException', message: 'PlatformApplication does not exist', status: 404, code: 'NotFound',
    });
    const { EndpointArn } = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: apns, Token: 'device-1' }));
    await sns.send(new DeletePlatformApplicationCommand({ PlatformApplicationArn: apns }));
    await sns.send(new DeletePlatformApplicationCommand({ PlatformApplicationArn: apns }));
    await expectAwsError(sns.send(new GetEndpointAttributesCommand({ EndpointArn })), { name: 'NotFoundException', message: 'Endpoint does not exist', status: 404 });
  });

  test('platform endpoints: idempotent on token, attributes, Enabled, listing, deletion; Publish to a disabled endpoint is EndpointDisabled', async () => {
    const { PlatformApplicationArn } = await sns.send(new CreatePlatformApplicationCommand({ Name: 'push', Platform: 'GCM', Attributes: { PlatformCredential: 'k' } }));
    const first = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-1', CustomUserData: 'user-7' }));
    assert.match(first.EndpointArn!, new RegExp(`^arn:aws:sns:${REGION}:${ACCOUNT}:endpoint/GCM/push/[0-9a-f-]{36}$`));
    const again = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-1', CustomUserData: 'user-7' }));
    assert.equal(again.EndpointArn, first.EndpointArn);
    assert.equal((await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-1' }))).EndpointArn, first.EndpointArn);
    await expectAwsError(sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-1', CustomUserData: 'user-8' })), {
      name: 'InvalidParameterException',
      message: `Invalid parameter: Token Reason: Endpoint ${first.EndpointArn} already exists with the same Token, but different attributes.`,
      status: 400,
    });
    assert.deepEqual((await sns.send(new GetEndpointAttributesCommand({ EndpointArn: first.EndpointArn }))).Attributes, { Enabled: 'true', CustomUserData: 'user-7', Token: 'tok-1' });
    await expectAwsError(sns.send(new SetEndpointAttributesCommand({ EndpointArn: first.EndpointArn, Attributes: { Enabled: 'maybe' } })), { name: 'InvalidParameterException', status: 400 });

    const { MessageId } = await sns.send(
      new PublishCommand({ TargetArn: first.EndpointArn, MessageStructure: 'json', Message: JSON.stringify({ default: 'plain', GCM: '{"notification":{"title":"hi"}}', APNS: 'apple' }) }),
    );
    const [push] = api.sentMessages!({ protocol: 'application', endpoint: first.EndpointArn });
    assert.equal(push?.messageId, MessageId);
    assert.equal(push?.platform, 'GCM');
    assert.equal(push?.message, '{"notification":{"title":"hi"}}');

    await sns.send(new SetEndpointAttributesCommand({ EndpointArn: first.EndpointArn, Attributes: { Enabled: 'false' } }));
    await expectAwsError(sns.send(new PublishCommand({ TargetArn: first.EndpointArn, Message: 'x' })), {
      name: 'EndpointDisabledException', message: 'Endpoint is disabled', status: 400, code: 'EndpointDisabled',
    });
    const second = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-2' }));
    const endpoints = (await sns.send(new ListEndpointsByPlatformApplicationCommand({ PlatformApplicationArn }))).Endpoints!;
    assert.deepEqual(endpoints.map((e) => e.EndpointArn).sort(), [first.EndpointArn, second.EndpointArn].sort());
    await sns.send(new DeleteEndpointCommand({ EndpointArn: second.EndpointArn }));
    await sns.send(new DeleteEndpointCommand({ EndpointArn: second.EndpointArn }));
    await expectAwsError(sns.send(new PublishCommand({ TargetArn: second.EndpointArn, Message: 'x' })), { name: 'NotFoundException', message: 'Endpoint does not exist', status: 404 });

    // An application subscription: a topic's json message reaches the endpoint as its platform's entry; a disabled endpoint gets nothing.
    await sns.send(new SetEndpointAttributesCommand({ EndpointArn: first.EndpointArn, Attributes: { Enabled: 'true' } }));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'pushes' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'application', Endpoint: first.EndpointArn }));
    const third = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-3', Attributes: { Enabled: 'false' } }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'application', Endpoint: third.EndpointArn }));
    const published = await sns.send(new PublishCommand({ TopicArn, MessageStructure: 'json', Message: JSON.stringify({ default: 'fallback', GCM: 'for android' }) }));
    const viaTopic = api.sentMessages!({ endpoint: first.EndpointArn }).at(-1)!;
    assert.equal(viaTopic.messageId, published.MessageId);
    assert.equal(viaTopic.message, 'for android');
    assert.equal(viaTopic.topicArn, TopicArn);
    assert.deepEqual(api.sentMessages!({ endpoint: third.EndpointArn }), []);
  });

  test('email and email-json: the confirmation is recorded, its SubscribeURL confirms, then notifications arrive in AWS form', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'mail' }));
    const pending = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'dev@example.com' }));
    assert.equal(pending.SubscriptionArn, 'pending confirmation');
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email-json', Endpoint: 'json@example.com' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sms', Endpoint: '+15555550300' }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'before confirming' }));
    assert.equal(api.sentMessages!({ endpoint: 'dev@example.com' }).length, 1, 'only the confirmation before it is confirmed');

    const [confirmation] = api.sentMessages!({ protocol: 'email', endpoint: 'dev@example.com' });
    assert.equal(confirmation?.type, 'SubscriptionConfirmation');
    assert.equal(confirmation?.subject, 'AWS Notification - Subscription Confirmation');
    assert.ok(confirmation?.message.includes(confirmation.subscribeUrl!));
    assert.equal((await fetch(confirmation!.subscribeUrl!)).status, 200);
    const jsonConfirmation = JSON.parse(api.sentMessages!({ protocol: 'email-json', endpoint: 'json@example.com' })[0]!.message);
    assert.equal(jsonConfirmation.Type, 'SubscriptionConfirmation');
    assert.equal((await fetch(jsonConfirmation.SubscribeURL)).status, 200);
    const subscriptions = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }))).Subscriptions!;
    assert.ok(subscriptions.every((s) => s.SubscriptionArn !== 'PendingConfirmation'));
    const emailArn = subscriptions.find((s) => s.Protocol === 'email')!.SubscriptionArn!;
    assert.equal((await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: emailArn }))).Attributes!.PendingConfirmation, 'false');

    const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Subject: 'Deploy', Message: 'v2 is live' }));
    const email = api.sentMessages!({ protocol: 'email', endpoint: 'dev@example.com' }).at(-1)!;
    assert.equal(email.messageId, MessageId);
    assert.equal(email.subject, 'Deploy');
    assert.ok(email.message.startsWith('v2 is live\n\n--\nIf you wish to stop receiving notifications from this topic'));
    assert.ok(email.message.includes(`SubscriptionArn=${encodeURIComponent(emailArn)}`));
    const json = JSON.parse(api.sentMessages!({ protocol: 'email-json', endpoint: 'json@example.com' }).at(-1)!.message);
    assert.equal(json.Type, 'Notification');
    assert.equal(json.MessageId, MessageId);
    assert.equal(json.Subject, 'Deploy');
    assert.equal(json.Message, 'v2 is live');
    assert.ok(json.Signature && json.SigningCertURL && json.UnsubscribeURL);
    const sms = api.sentMessages!({ protocol: 'sms', endpoint: '+15555550300' });
    assert.deepEqual(sms.map((m) => m.message), ['before confirming', 'v2 is live']);
    assert.equal(sms[1]!.topicArn, TopicArn);
  });

  test('the AWS CLI (query protocol): an SMS publish, a platform application and endpoint, and an EndpointDisabled error', async () => {
    const published = await aws(cloud, ['sns', 'publish', '--phone-number', '+15555550500', '--message', 'from the cli']);
    assert.equal(published.code, 0, published.stderr);
    assert.equal(api.sentMessages!({ endpoint: '+15555550500' })[0]?.message, 'from the cli');
    const app = await aws(cloud, ['sns', 'create-platform-application', '--name', 'cli-app', '--platform', 'GCM', '--attributes', 'PlatformCredential=key']);
    assert.equal(app.code, 0, app.stderr);
    const appArn = JSON.parse(app.stdout).PlatformApplicationArn as string;
    const endpoint = await aws(cloud, ['sns', 'create-platform-endpoint', '--platform-application-arn', appArn, '--token', 'cli-token', '--attributes', 'Enabled=false']);
    assert.equal(endpoint.code, 0, endpoint.stderr);
    const refused = await aws(cloud, ['sns', 'publish', '--target-arn', JSON.parse(endpoint.stdout).EndpointArn, '--message', 'x']);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /\(EndpointDisabled\) when calling the Publish operation( \(reached max retries: 0\))?: Endpoint is disabled/);
  });

  test('the record keeps the last 10,000 messages sent, dropping the oldest', async () => {
    const recorder = new SentMessages(new SnsMessagingState(cloud.runtime.store), () => Date.parse('2026-01-01T00:00:00Z'));
    const started = performance.now();
    for (let i = 0; i < SENT_MESSAGES_KEPT + 5; i++) {
      recorder.record({ account: ACCOUNT, region: REGION, protocol: 'sms', endpoint: '+15555559999', messageId: `m-${i}`, message: `bulk ${i}`, type: 'Notification' });
    }
    const recordMs = performance.now() - started;
    const kept = api.sentMessages!({});
    assert.equal(kept.length, SENT_MESSAGES_KEPT);
    assert.equal(kept.at(-1)!.messageId, `m-${SENT_MESSAGES_KEPT + 4}`);
    assert.equal(kept[0]!.messageId, 'm-5');
    console.log(`# recorded ${SENT_MESSAGES_KEPT + 5} sent messages in ${recordMs.toFixed(0)} ms`);
  });

  test('what was sent survives a restart with --data-dir, and the server still answers at once', async () => {
    const before = api.sentMessages!({});
    assert.equal(before.length, SENT_MESSAGES_KEPT);
    sns.destroy();
    await cloud.close();
    cloud = await startTestCloud({ dataDir });
    sns = new SNSClient(clientConfig(cloud));
    api = await cloud.runtime.api<SnsApi>('sns');
    assert.deepEqual(api.sentMessages!({}), before);
    assert.equal((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550101' }))).isOptedOut, true);
    assert.deepEqual((await sns.send(new GetSMSAttributesCommand({ attributes: ['DefaultSMSType'] }))).attributes, { DefaultSMSType: 'Transactional' });
    const started = performance.now();
    await sns.send(new PublishCommand({ PhoneNumber: '+15555550400', Message: 'after restart' }));
    assert.ok(performance.now() - started < 1000);
    assert.equal(api.sentMessages!({ endpoint: '+15555550400' })[0]?.message, 'after restart');
  });
});
