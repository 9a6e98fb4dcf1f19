import { randomUUID } from 'node:crypto';
import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, invalidToken, notFound } from './errors.js';
import { compileRequestPattern } from './filter-pattern.js';
import type { LogsService, Scope } from './service.js';

/**
 * Log anomaly detectors, as state: created, read, listed, paused and resumed, deleted. Nimbus
 * trains no model, so a detector finds no anomalies (ListAnomalies answers none, and
 * UpdateAnomaly has none to update).
 */

const KIND = 'anomaly-detector';

interface StoredDetector {
  name?: string;
  logGroupArns: string[];
  evaluationFrequency?: Logs.AnomalyDetector['evaluationFrequency'];
  filterPattern?: string;
  kmsKeyId?: string;
  visibilityDays?: number;
  status: NonNullable<Logs.AnomalyDetector['anomalyDetectorStatus']>;
  tags: Record<string, string>;
  createdAt: number;
  lastModified: number;
}

export function anomalyDetectorOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  const detectorArn = (scope: Scope, id: string) => arn({ service: 'logs', region: scope.region, account: scope.accountId, resource: `anomaly-detector:${id}` });

  /** The detector an ARN names, in the caller's account and region. */
  function requireDetector(scope: Scope, value: string): { id: string; detector: StoredDetector } {
    const parsed = parseArn(value);
    const id = parsed?.resource.startsWith('anomaly-detector:') ? parsed.resource.slice('anomaly-detector:'.length) : undefined;
    const row = id && parsed!.account === scope.accountId && parsed!.region === scope.region ? state.configuration<StoredDetector>(scope.accountId, scope.region, KIND, id) : undefined;
    if (!row) throw notFound('The specified anomaly detector does not exist.');
    return { id: row.name, detector: row.body };
  }

  function checkFilterPattern(pattern: string | undefined): void {
    if (pattern) compileRequestPattern(pattern);
  }

  function view(scope: Scope, id: string, d: StoredDetector): Logs.AnomalyDetector {
    return {
      anomalyDetectorArn: detectorArn(scope, id),
      detectorName: d.name,
      logGroupArnList: d.logGroupArns,
      evaluationFrequency: d.evaluationFrequency,
      filterPattern: d.filterPattern,
      kmsKeyId: d.kmsKeyId,
      anomalyVisibilityTime: d.visibilityDays,
      anomalyDetectorStatus: d.status,
      creationTimeStamp: d.createdAt,
      lastModifiedTimeStamp: d.lastModified,
    };
  }

  return {
    CreateLogAnomalyDetector(input, context) {
      // AWS: a detector watches exactly one log group, which must exist.
      if (input.logGroupArnList.length !== 1) throw invalidParameter('You can specify only one log group ARN in logGroupArnList.');
      const group = service.resolveGroup(context, input.logGroupArnList[0]);
      if (!group || !input.logGroupArnList[0].startsWith('arn:')) throw notFound('The specified log group does not exist.');
      checkFilterPattern(input.filterPattern);
      if (input.kmsKeyId && !/^arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:key\/.+$/.test(input.kmsKeyId)) throw invalidParameter(`Specified KMS key ARN is not valid: ${input.kmsKeyId}`);
      const now = service.clock.now();
      const id = randomUUID();
      const detector: StoredDetector = {
        name: input.detectorName,
        logGroupArns: input.logGroupArnList,
        evaluationFrequency: input.evaluationFrequency,
        filterPattern: input.filterPattern,
        kmsKeyId: input.kmsKeyId,
        visibilityDays: input.anomalyVisibilityTime,
        status: 'INITIALIZING',
        tags: input.tags ?? {},
        createdAt: now,
        lastModified: now,
      };
      state.putConfiguration(context.accountId, context.region, KIND, id, detector, now);
      return { anomalyDetectorArn: detectorArn(context, id) };
    },

    GetLogAnomalyDetector(input, context) {
      const { id, detector } = requireDetector(context, input.anomalyDetectorArn);
      const { anomalyDetectorArn: _arn, ...rest } = view(context, id, detector);
      return rest;
    },

    ListLogAnomalyDetectors(input, context) {
      const rows = state
        .configurations<StoredDetector>(context.accountId, context.region, KIND)
        .filter((row) => !input.filterLogGroupArn || row.body.logGroupArns.includes(input.filterLogGroupArn));
      const page = pageAfterKey(rows, (row) => row.name, input.limit ?? 50, input.nextToken, invalidToken);
      return { anomalyDetectors: page.items.map((row) => view(context, row.name, row.body)), nextToken: page.nextToken };
    },

    UpdateLogAnomalyDetector(input, context) {
      const { id, detector } = requireDetector(context, input.anomalyDetectorArn);
      checkFilterPattern(input.filterPattern);
      const status = input.enabled ? (detector.status === 'PAUSED' ? 'INITIALIZING' : detector.status) : 'PAUSED';
      const now = service.clock.now();
      const updated: StoredDetector = {
        ...detector,
        evaluationFrequency: input.evaluationFrequency ?? detector.evaluationFrequency,
        filterPattern: input.filterPattern ?? detector.filterPattern,
        visibilityDays: input.anomalyVisibilityTime ?? detector.visibilityDays,
        status,
        lastModified: now,
      };
      state.putConfiguration(context.accountId, context.region, KIND, id, updated, now);
    },

    DeleteLogAnomalyDetector(input, context) {
      const { id } = requireDetector(context, input.anomalyDetectorArn);
      state.deleteConfiguration(context.accountId, context.region, KIND, id);
    },

    ListAnomalies(input, context) {
      if (input.anomalyDetectorArn) requireDetector(context, input.anomalyDetectorArn);
      return { anomalies: [] };
    },

    UpdateAnomaly(input, context) {
      requireDetector(context, input.anomalyDetectorArn);
      if (!input.anomalyId && !input.patternId) throw invalidParameter('You must specify either anomalyId or patternId.');
      throw notFound(input.anomalyId ? `The specified anomaly does not exist: ${input.anomalyId}` : `The specified pattern does not exist: ${input.patternId}`);
    },
  };
}
