import { randomInt, randomUUID } from 'node:crypto';
import { AwsError } from '../../core/errors.js';
import type * as Sns from '../../generated/sns.js';
import { invalidParameter } from './errors.js';
import { encodePageToken } from '../../core/pagination.js';
import { afterToken } from './page-tokens.js';
import type { SentMessages } from './sent-messages.js';
import type { SnsService } from './service.js';
import type { SnsMessagingState } from './state.js';

/** What the SMS and push operation groups share with the notifier. */
export interface MessagingParts {
  service: SnsService;
  state: SnsMessagingState;
  sent: SentMessages;
}

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;
const THIRTY_DAYS_MS = 30 * 24 * 3600_000;
/** AWS lets an account in the SMS sandbox verify up to 10 destination numbers. */
const MAX_SANDBOX_NUMBERS = 10;
const OPTED_OUT_PAGE = 100;
/** AWS splits a long SMS into parts, up to 1,600 characters for one Publish. */
const MAX_SMS_CHARACTERS = 1600;
const SMS_ATTRIBUTES = new Set(['MonthlySpendLimit', 'DeliveryStatusIAMRole', 'DeliveryStatusSuccessSamplingRate', 'DefaultSenderID', 'DefaultSMSType', 'UsageReportS3Bucket']);

export const isE164 = (phone: string): boolean => E164.test(phone);

function requirePhone(phone: string, parameter = 'PhoneNumber'): string {
  if (!isE164(phone)) throw invalidParameter(`${parameter} Reason: input incorrectly formatted`);
  return phone;
}

/** Checks one SetSMSAttributes entry against AWS's documented values. */
function checkSmsAttribute(name: string, value: string): void {
  if (!SMS_ATTRIBUTES.has(name)) throw invalidParameter(`attributes Reason: ${name} is not a valid attribute`);
  const bad = (): never => {
    throw invalidParameter(`attributes Reason: Invalid value for ${name}: ${value}`);
  };
  switch (name) {
    case 'MonthlySpendLimit':
      if (!/^\d{1,9}$/.test(value)) bad();
      return;
    case 'DeliveryStatusSuccessSamplingRate':
      if (!/^\d{1,3}$/.test(value) || Number(value) > 100) bad();
      return;
    case 'DefaultSenderID':
      // 1-11 letters and digits, at least one letter.
      if (!/^[A-Za-z0-9]{1,11}$/.test(value) || !/[A-Za-z]/.test(value)) bad();
      return;
    case 'DefaultSMSType':
      if (value !== 'Promotional' && value !== 'Transactional') bad();
      return;
    case 'DeliveryStatusIAMRole':
      if (value !== '' && !/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/.test(value)) bad();
      return;
  }
}

/** SMS settings, opt-outs, the SMS sandbox and origination numbers. */
export function smsOperations(parts: MessagingParts): Partial<Sns.SnsOperations> {
  const { service, state, sent } = parts;
  return {
    SetSMSAttributes(input, context) {
      const current = state.smsAttributes(context.accountId, context.region);
      for (const [name, value] of Object.entries(input.attributes ?? {})) {
        checkSmsAttribute(name, value);
        current[name] = value;
      }
      state.setSmsAttributes(context.accountId, context.region, current);
      return {};
    },

    GetSMSAttributes(input, context) {
      const current = state.smsAttributes(context.accountId, context.region);
      const wanted = input.attributes?.length ? input.attributes : Object.keys(current);
      const attributes: Record<string, string> = {};
      for (const name of wanted) if (current[name] !== undefined) attributes[name] = current[name];
      return { attributes };
    },

    CheckIfPhoneNumberIsOptedOut(input, context) {
      const phone = requirePhone(input.phoneNumber);
      return { isOptedOut: state.optOutStatus(context.accountId, context.region, phone).optedOut };
    },

    ListPhoneNumbersOptedOut(input, context) {
      const rows = state.optedOutAfter(context.accountId, context.region, afterToken(input.nextToken), OPTED_OUT_PAGE + 1);
      const page = rows.slice(0, OPTED_OUT_PAGE);
      return { phoneNumbers: page, nextToken: rows.length > OPTED_OUT_PAGE ? encodePageToken({ after: page[page.length - 1] }) : undefined };
    },

    OptInPhoneNumber(input, context) {
      const phone = requirePhone(input.phoneNumber);
      const status = state.optOutStatus(context.accountId, context.region, phone);
      if (!status.optedOut) return {};
      const now = service.clock.now();
      // AWS lets a number be opted back in only once every 30 days.
      if (status.optedInAt !== undefined && now - status.optedInAt < THIRTY_DAYS_MS) {
        throw invalidParameter('PhoneNumber Reason: A phone number can be opted in only once every 30 days');
      }
      state.setOptedOut(context.accountId, context.region, phone, false, now);
      return {};
    },

    GetSMSSandboxAccountStatus() {
      // Nimbus accounts send SMS to any valid number, as an account moved out of the sandbox does.
      return { IsInSandbox: false };
    },

    CreateSMSSandboxPhoneNumber(input, context) {
      const phone = requirePhone(input.PhoneNumber);
      if (state.optOutStatus(context.accountId, context.region, phone).optedOut) throw new AwsError('OptedOutException', 'Phone number is opted out.', 400);
      const existing = state.sandboxNumber(context.accountId, context.region, phone);
      if (existing?.status === 'Verified') throw new AwsError('UserErrorException', 'Phone number is already verified.', 400);
      if (!existing && state.sandboxCount(context.accountId, context.region) >= MAX_SANDBOX_NUMBERS) {
        throw new AwsError('UserErrorException', `You can add up to ${MAX_SANDBOX_NUMBERS} destination phone numbers to the SMS sandbox.`, 400);
      }
      // The one-time password goes out by SMS: it is read back from the sent messages.
      const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
      state.putSandboxNumber(context.accountId, context.region, { phone, status: 'Pending', otp, createdAt: service.clock.now() });
      sent.record({
        account: context.accountId,
        region: context.region,
        protocol: 'sms',
        endpoint: phone,
        messageId: randomUUID(),
        message: `Your Amazon SNS verification code is: ${otp}`,
        type: 'Verification',
        smsType: 'Transactional',
      });
      return {};
    },

    VerifySMSSandboxPhoneNumber(input, context) {
      const phone = requirePhone(input.PhoneNumber);
      const existing = state.sandboxNumber(context.accountId, context.region, phone);
      if (!existing) throw new AwsError('ResourceNotFoundException', 'Phone number does not exist in the SMS sandbox.', 404);
      if (existing.status === 'Verified') return {};
      if (existing.otp !== input.OneTimePassword) {
        throw new AwsError('VerificationException', 'Invalid one-time password.', 400, { fields: { Status: 'Pending' } });
      }
      state.putSandboxNumber(context.accountId, context.region, { ...existing, status: 'Verified' });
      return {};
    },

    DeleteSMSSandboxPhoneNumber(input, context) {
      const phone = requirePhone(input.PhoneNumber);
      if (!state.sandboxNumber(context.accountId, context.region, phone)) {
        throw new AwsError('ResourceNotFoundException', 'Phone number does not exist in the SMS sandbox.', 404);
      }
      state.deleteSandboxNumber(context.accountId, context.region, phone);
      return {};
    },

    ListSMSSandboxPhoneNumbers(input, context) {
      const limit = input.MaxResults ?? 100;
      const rows = state.sandboxNumbersAfter(context.accountId, context.region, afterToken(input.NextToken), limit + 1);
      const page = rows.slice(0, limit);
      return {
        PhoneNumbers: page.map((r) => ({ PhoneNumber: r.phone, Status: r.status })),
        NextToken: rows.length > limit ? encodePageToken({ after: page[page.length - 1]!.phone }) : undefined,
      };
    },

    ListOriginationNumbers(input) {
      afterToken(input.NextToken);
      // A new account owns no origination numbers, and Nimbus leases none.
      return { PhoneNumbers: [] };
    },
  };
}

/**
 * Publish with PhoneNumber: the SMS is recorded as sent; to a number that opted out, it is
 * accepted and recorded as failed, as AWS's delivery logs report it ("Phone is currently opted out").
 */
export function publishSms(parts: MessagingParts, input: Sns.PublishInput, account: string, region: string): { MessageId: string } {
  const phone = input.PhoneNumber!;
  if (!isE164(phone)) throw invalidParameter(`PhoneNumber Reason: ${phone} is not valid to publish to`);
  if (!input.Message) throw invalidParameter('Empty message');
  if (input.MessageStructure !== undefined && input.MessageStructure !== 'json') throw invalidParameter('MessageStructure');
  let message = input.Message;
  if (input.MessageStructure === 'json') {
    const entries = parseStructured(message);
    message = entries.sms ?? entries.default!;
  }
  if ([...message].length > MAX_SMS_CHARACTERS) throw invalidParameter('Message too long');
  const messageId = randomUUID();
  deliverSms(parts, { account, region, phone, message, messageId, attributes: input.MessageAttributes });
  return { MessageId: messageId };
}

/** Records an SMS (a Publish to a number or an sms subscription), honouring opt-outs and the SMS settings. */
export function deliverSms(
  parts: MessagingParts,
  sms: { account: string; region: string; phone: string; message: string; messageId: string; topicArn?: string; subscriptionArn?: string; attributes?: Record<string, Sns.MessageAttributeValue> },
): void {
  const settings = parts.state.smsAttributes(sms.account, sms.region);
  const optedOut = parts.state.optOutStatus(sms.account, sms.region, sms.phone).optedOut;
  const senderId = sms.attributes?.['AWS.SNS.SMS.SenderID']?.StringValue ?? settings.DefaultSenderID;
  parts.sent.record({
    account: sms.account,
    region: sms.region,
    protocol: 'sms',
    endpoint: sms.phone,
    messageId: sms.messageId,
    message: sms.message,
    type: 'Notification',
    ...(sms.topicArn ? { topicArn: sms.topicArn } : {}),
    ...(sms.subscriptionArn ? { subscriptionArn: sms.subscriptionArn } : {}),
    smsType: sms.attributes?.['AWS.SNS.SMS.SMSType']?.StringValue ?? settings.DefaultSMSType ?? 'Promotional',
    ...(senderId ? { senderId } : {}),
    ...(optedOut ? { status: 'FAILURE' as const, providerResponse: 'Phone is currently opted out' } : {}),
  });
}

/** A MessageStructure json body: an object of strings with a default entry. */
export function parseStructured(message: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    throw invalidParameter('Message Structure - JSON message body failed to parse');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidParameter('Message Structure - JSON message body failed to parse');
  const entries = parsed as Record<string, unknown>;
  if (typeof entries.default !== 'string') throw invalidParameter('Message Structure - No default entry in JSON message body');
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(entries)) if (typeof value === 'string') result[key] = value;
  return result;
}
