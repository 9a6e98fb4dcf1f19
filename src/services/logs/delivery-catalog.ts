import { parseArn } from '../../core/ids.js';
import type * as Logs from '../../generated/logs.js';

/**
 * What vended-logs delivery (PutDeliverySource, CreateDelivery) knows of the AWS services that
 * send logs: which ARNs are sources, the log types each sends (as PutDeliverySource's reference
 * lists them), and where each type may go in which formats. Nimbus serves none of these
 * sources yet, so a source is accepted on the shape of its ARN.
 */

export type DestinationType = 'S3' | 'CWL' | 'FH' | 'XRAY';
export type OutputFormat = 'json' | 'plain' | 'w3c' | 'raw' | 'parquet';

export interface SourceKind {
  /** The service as a delivery source reports it. */
  service: string;
  /** The ARN's service and a pattern its resource part must match. */
  arnService: string;
  resource: RegExp;
  resourceType: string;
  logTypes: string[];
  /** Record fields a delivery may choose, where AWS's template lists them (CloudFront's standard log fields). */
  fields?: Array<{ name: string; mandatory: boolean }>;
}

const CLOUDFRONT_FIELDS = [
  'date', 'time', 'x-edge-location', 'sc-bytes', 'c-ip', 'cs-method', 'cs(Host)', 'cs-uri-stem', 'sc-status', 'cs(Referer)',
  'cs(User-Agent)', 'cs-uri-query', 'cs(Cookie)', 'x-edge-result-type', 'x-edge-request-id', 'x-host-header', 'cs-protocol',
  'cs-bytes', 'time-taken', 'x-forwarded-for', 'ssl-protocol', 'ssl-cipher', 'x-edge-response-result-type', 'cs-protocol-version',
  'fle-status', 'fle-encrypted-fields', 'c-port', 'time-to-first-byte', 'x-edge-detailed-result-type', 'sc-content-type',
  'sc-content-len', 'sc-range-start', 'sc-range-end',
].map((name) => ({ name, mandatory: false }));

export const SOURCE_KINDS: SourceKind[] = [
  { service: 'cloudfront', arnService: 'cloudfront', resource: /^distribution\/[A-Z0-9]+$/, resourceType: 'distribution', logTypes: ['ACCESS_LOGS'], fields: CLOUDFRONT_FIELDS },
  { service: 'bedrock', arnService: 'bedrock', resource: /^agent\/\w+$/, resourceType: 'agent', logTypes: ['APPLICATION_LOGS', 'EVENT_LOGS'] },
  { service: 'bedrock', arnService: 'bedrock', resource: /^knowledge-base\/\w+$/, resourceType: 'knowledge-base', logTypes: ['APPLICATION_LOGS'] },
  { service: 'bedrock-agentcore', arnService: 'bedrock-agentcore', resource: /^(runtime|gateway|memory|workload-identity-directory|code-interpreter|browser)\/.+$/, resourceType: 'agentcore', logTypes: ['APPLICATION_LOGS', 'USAGE_LOGS', 'TRACES'] },
  { service: 'codewhisperer', arnService: 'codewhisperer', resource: /^profile\/.+$/, resourceType: 'profile', logTypes: ['EVENT_LOGS'] },
  { service: 'mediapackagev2', arnService: 'mediapackagev2', resource: /^channelGroup\/.+$/, resourceType: 'channelGroup', logTypes: ['EGRESS_ACCESS_LOGS', 'INGRESS_ACCESS_LOGS'] },
  { service: 'mediatailor', arnService: 'mediatailor', resource: /^playbackConfiguration\/.+$/, resourceType: 'playbackConfiguration', logTypes: ['AD_DECISION_SERVER_LOGS', 'MANIFEST_SERVICE_LOGS', 'TRANSCODE_LOGS'] },
  { service: 'eks', arnService: 'eks', resource: /^cluster\/.+$/, resourceType: 'cluster', logTypes: ['AUTO_MODE_BLOCK_STORAGE_LOGS', 'AUTO_MODE_COMPUTE_LOGS', 'AUTO_MODE_IPAM_LOGS', 'AUTO_MODE_LOAD_BALANCING_LOGS'] },
  { service: 'entityresolution', arnService: 'entityresolution', resource: /^\w+workflow\/.+$/, resourceType: 'workflow', logTypes: ['WORKFLOW_LOGS'] },
  { service: 'sso', arnService: 'sso', resource: /^instance\/.+$/, resourceType: 'instance', logTypes: ['ERROR_LOGS'] },
  { service: 'elasticloadbalancing', arnService: 'elasticloadbalancing', resource: /^loadbalancer\/net\/.+$/, resourceType: 'loadbalancer', logTypes: ['NLB_ACCESS_LOGS'] },
  { service: 'pcs', arnService: 'pcs', resource: /^cluster\/.+$/, resourceType: 'cluster', logTypes: ['PCS_SCHEDULER_LOGS', 'PCS_JOBCOMP_LOGS', 'PCS_SCHEDULER_AUDIT_LOGS'] },
  { service: 'qbusiness', arnService: 'qbusiness', resource: /^application\/.+$/, resourceType: 'application', logTypes: ['EVENT_LOGS', 'SYNC_JOB_LOGS'] },
  { service: 'securityhub', arnService: 'securityhub', resource: /^hub\/default$/, resourceType: 'hub', logTypes: ['SECURITY_FINDING_LOGS'] },
  { service: 'ses', arnService: 'ses', resource: /^mailmanager-.+$/, resourceType: 'mailmanager', logTypes: ['APPLICATION_LOGS', 'TRAFFIC_POLICY_DEBUG_LOGS'] },
  { service: 'workmail', arnService: 'workmail', resource: /^organization\/m-[0-9a-f]+$/, resourceType: 'organization', logTypes: ['ACCESS_CONTROL_LOGS', 'AUTHENTICATION_LOGS', 'WORKMAIL_AVAILABILITY_PROVIDER_LOGS', 'WORKMAIL_MAILBOX_ACCESS_LOGS', 'WORKMAIL_PERSONAL_ACCESS_TOKEN_LOGS'] },
  { service: 'ec2', arnService: 'ec2', resource: /^route-server\/rs-[0-9a-f]+$/, resourceType: 'route-server', logTypes: ['EVENT_LOGS'] },
  { service: 'network-firewall', arnService: 'network-firewall', resource: /^proxy\/.+$/, resourceType: 'proxy', logTypes: ['ALERT_LOGS', 'ALLOW_LOGS', 'DENY_LOGS'] },
];

/** The kind of source an ARN is, if any. */
export function sourceKindOf(resourceArn: string): SourceKind | undefined {
  const parsed = parseArn(resourceArn);
  if (!parsed) return undefined;
  return SOURCE_KINDS.find((kind) => kind.arnService === parsed.service && kind.resource.test(parsed.resource));
}

/** Formats each destination type takes (parquet is S3's alone; X-Ray takes traces, unformatted). */
export const OUTPUT_FORMATS: Record<DestinationType, OutputFormat[]> = {
  S3: ['json', 'plain', 'w3c', 'raw', 'parquet'],
  CWL: ['json', 'plain', 'w3c', 'raw'],
  FH: ['json', 'plain', 'w3c', 'raw'],
  XRAY: [],
};

/** Where a log type may be delivered: traces go to X-Ray only, and only traces go there. */
export function destinationTypesFor(logType: string): DestinationType[] {
  return logType === 'TRACES' ? ['XRAY'] : ['S3', 'CWL', 'FH'];
}

/** The destination type a resource ARN is: a log group, a bucket, or a Firehose stream. */
export function destinationTypeOf(resourceArn: string): DestinationType | undefined {
  const parsed = parseArn(resourceArn);
  if (!parsed) return undefined;
  if (parsed.service === 'logs' && /^log-group:[\w#/.-]{1,512}(:\*)?$/.test(parsed.resource) && /^\d{12}$/.test(parsed.account)) return 'CWL';
  if (parsed.service === 's3' && !parsed.region && !parsed.account && /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(parsed.resource)) return 'S3';
  if (parsed.service === 'firehose' && /^deliverystream\/[\w.-]{1,64}$/.test(parsed.resource) && /^\d{12}$/.test(parsed.account)) return 'FH';
  return undefined;
}

const DEFAULT_DELIMITER = '';

/** DescribeConfigurationTemplates' answers: one template a (source kind, log type, destination type). */
export function configurationTemplates(): Logs.ConfigurationTemplate[] {
  const templates: Logs.ConfigurationTemplate[] = [];
  for (const kind of SOURCE_KINDS) {
    for (const logType of kind.logTypes) {
      for (const destinationType of destinationTypesFor(logType)) {
        templates.push({
          service: kind.service,
          logType,
          resourceType: kind.resourceType,
          deliveryDestinationType: destinationType,
          defaultDeliveryConfigValues: {
            recordFields: kind.fields?.map((f) => f.name),
            fieldDelimiter: destinationType === 'XRAY' ? undefined : DEFAULT_DELIMITER,
            s3DeliveryConfiguration: destinationType === 'S3' ? { suffixPath: `AWSLogs/{account-id}/${kind.service}/`, enableHiveCompatiblePath: false } : undefined,
          },
          allowedFields: kind.fields,
          allowedOutputFormats: OUTPUT_FORMATS[destinationType],
          allowedActionForAllowVendedLogsDeliveryForResource: `${kind.arnService}:AllowVendedLogDeliveryForResource`,
          allowedSuffixPathFields: destinationType === 'S3' ? ['{account-id}', '{region}', '{yyyy}', '{MM}', '{dd}', '{HH}'] : undefined,
        });
      }
    }
  }
  return templates;
}
