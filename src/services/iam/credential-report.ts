import { AwsError } from '../../core/errors.js';
import type * as Iam from '../../generated/iam.js';
import type { IamService } from './service.js';
import type { AccessKeyRow } from './state.js';

/** A report is served for 4 hours after it is generated; GenerateCredentialReport makes a new one after that. */
export const REPORT_LIFETIME_MS = 4 * 60 * 60 * 1000;

const COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
  'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
  'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
];

/** The report's time format: ISO 8601 to the second with an explicit +00:00 offset. */
const time = (ms: number | null | undefined): string => (ms === null || ms === undefined ? 'N/A' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00'));

function keyColumns(service: IamService, key: AccessKeyRow | undefined): string[] {
  if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const used = service.lastUse(key);
  return [String(key.status === 'Active'), time(key.createdAt), time(used), used === null ? 'N/A' : key.lastUsedRegion ?? 'N/A', used === null ? 'N/A' : key.lastUsedService ?? 'N/A'];
}

/** The CSV AWS lays out: a header, the root account's row, then each user's. */
function reportCsv(service: IamService, account: string, at: number): string {
  const { state } = service;
  const policy = state.accountSettings(account).passwordPolicy;
  const rows = [COLUMNS.join(',')];
  rows.push(['<root_account>', service.arn(account, 'root'), time(state.accountCreatedAt(account, at)), 'not_supported', 'no_information', 'not_supported', 'not_supported', 'false',
    'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'false', 'N/A'].join(','));
  for (const user of state.users(account)) {
    const login = state.loginProfile(account, user.name);
    const keys = state.accessKeysOf(account, user.name);
    const maxAge = typeof policy?.MaxPasswordAge === 'number' ? policy.MaxPasswordAge : undefined;
    rows.push([
      user.name, user.arn, time(user.createdAt),
      String(login !== undefined),
      login ? (user.passwordLastUsed === null ? 'no_information' : time(user.passwordLastUsed)) : 'N/A',
      login ? time(login.createdAt) : 'N/A',
      login && maxAge ? time(login.createdAt + maxAge * 86_400_000) : 'N/A',
      'false',
      ...keyColumns(service, keys[0]),
      ...keyColumns(service, keys[1]),
      'false', 'N/A', 'false', 'N/A',
    ].join(','));
  }
  return rows.join('\n');
}

/** GenerateCredentialReport / GetCredentialReport. */
export function credentialReportOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    GenerateCredentialReport(_input, context) {
      const account = context.accountId;
      const settings = state.accountSettings(account);
      const now = service.now();
      if (settings.reportGeneratedAt !== null && now - settings.reportGeneratedAt < REPORT_LIFETIME_MS) return { State: 'COMPLETE' };
      service.keepKeyUse();
      state.putAccountSettings(account, { ...settings, reportGeneratedAt: now, report: reportCsv(service, account, now) });
      return { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
    },
    GetCredentialReport(_input, context) {
      const settings = state.accountSettings(context.accountId);
      if (settings.reportGeneratedAt === null || settings.report === null) throw new AwsError('ReportNotPresent', '', 410);
      if (service.now() - settings.reportGeneratedAt >= REPORT_LIFETIME_MS) {
        throw new AwsError('ReportExpired', 'The request was rejected because the most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport.', 410);
      }
      return { Content: Buffer.from(settings.report), ReportFormat: 'text/csv', GeneratedTime: new Date(settings.reportGeneratedAt) };
    },
  };
}
