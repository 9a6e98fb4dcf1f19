import type * as Logs from '../../generated/logs.js';
import { invalidParameter, notFound } from './errors.js';
import { groupArn, type LogsService } from './service.js';

/**
 * Data protection policies: a log group's (PutDataProtectionPolicy) or the account's
 * (PutAccountPolicy DATA_PROTECTION_POLICY), stored after AWS's shape checks. Nimbus stores
 * them; it does not mask or audit the events they name (yet).
 */

export const DATA_PROTECTION_KIND = 'data-protection-policy';
/** AWS: a data protection policy document is at most 30,720 characters. */
const MAX_DOCUMENT_CHARS = 30_720;
const MANAGED_IDENTIFIER = /^arn:aws[\w-]*:dataprotection::aws:data-identifier\/[A-Za-z0-9-]+$/;

interface StoredDataProtection {
  document: string;
  lastUpdated: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * AWS's rules for the document: two statements with the same DataIdentifier list (managed
 * identifiers by ARN, or custom ones the Configuration names), the first auditing (with a
 * FindingsDestination), the second de-identifying with an empty MaskConfig.
 */
export function checkDataProtectionDocument(text: string): void {
  if (text.length > MAX_DOCUMENT_CHARS) throw invalidParameter(`The data protection policy document can be at most ${MAX_DOCUMENT_CHARS} characters long.`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw invalidParameter('The data protection policy document is not valid JSON.');
  }
  if (!isObject(doc)) throw invalidParameter('The data protection policy document must be a JSON object.');
  const statements = doc.Statement;
  if (!Array.isArray(statements) || statements.length !== 2 || !statements.every(isObject)) {
    throw invalidParameter('The data protection policy document must have exactly two statements: one with an Audit operation and one with a Deidentify operation.');
  }
  const custom = new Set<string>();
  const configuration = doc.Configuration;
  if (configuration !== undefined) {
    const identifiers = isObject(configuration) ? configuration.CustomDataIdentifier : undefined;
    if (identifiers !== undefined) {
      if (!Array.isArray(identifiers) || !identifiers.every((c) => isObject(c) && typeof c.Name === 'string' && typeof c.Regex === 'string')) {
        throw invalidParameter('Each CustomDataIdentifier needs a Name and a Regex.');
      }
      for (const identifier of identifiers as Array<{ Name: string }>) custom.add(identifier.Name);
    }
  }
  const [audit, deidentify] = statements as Array<Record<string, unknown>>;
  const identifiersOf = (statement: Record<string, unknown>): string[] => {
    const list = statement.DataIdentifier;
    if (!Array.isArray(list) || !list.length || !list.every((item) => typeof item === 'string')) throw invalidParameter('Each statement needs a non-empty DataIdentifier array.');
    for (const item of list as string[]) {
      if (!MANAGED_IDENTIFIER.test(item) && !custom.has(item)) throw invalidParameter(`Invalid data identifier: ${item}`);
    }
    return list as string[];
  };
  const audited = identifiersOf(audit);
  const masked = identifiersOf(deidentify);
  if (audited.length !== masked.length || audited.some((item, i) => item !== masked[i])) {
    throw invalidParameter('The DataIdentifier arrays of the Audit and Deidentify statements must match exactly.');
  }
  const auditOperation = isObject(audit.Operation) ? audit.Operation.Audit : undefined;
  if (!isObject(auditOperation) || !isObject(auditOperation.FindingsDestination)) {
    throw invalidParameter('The first statement must have an Operation with an Audit action containing a FindingsDestination object.');
  }
  const deidentifyOperation = isObject(deidentify.Operation) ? deidentify.Operation.Deidentify : undefined;
  if (!isObject(deidentifyOperation) || !isObject(deidentifyOperation.MaskConfig) || Object.keys(deidentifyOperation.MaskConfig).length) {
    throw invalidParameter('The second statement must have an Operation with a Deidentify action containing an empty MaskConfig object.');
  }
}

export function dataProtectionOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  return {
    PutDataProtectionPolicy(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      checkDataProtectionDocument(input.policyDocument);
      const now = service.clock.now();
      state.putConfiguration(group.account, group.region, DATA_PROTECTION_KIND, groupArn(group), { document: input.policyDocument, lastUpdated: now }, now);
      return { logGroupIdentifier: input.logGroupIdentifier, policyDocument: input.policyDocument, lastUpdatedTime: now };
    },

    GetDataProtectionPolicy(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      const policy = state.configuration<StoredDataProtection>(group.account, group.region, DATA_PROTECTION_KIND, groupArn(group))?.body;
      return { logGroupIdentifier: input.logGroupIdentifier, policyDocument: policy?.document, lastUpdatedTime: policy?.lastUpdated };
    },

    DeleteDataProtectionPolicy(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      if (!state.deleteConfiguration(group.account, group.region, DATA_PROTECTION_KIND, groupArn(group))) {
        throw notFound('The specified log group does not have a data protection policy.');
      }
    },
  };
}
