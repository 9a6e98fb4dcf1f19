import { parse } from 'yaml';
import type { Runtime } from '../../core/runtime.js';
import type * as CD from '../../generated/codedeploy.js';
import type { S3Api } from '../s3/api.js';
import { invalidRevision, revisionRequired } from './errors.js';
import { inlineContent } from './revisions.js';

/** What a Lambda AppSpec asks for: one alias moved from one version to another, and the hooks around it. */
export interface LambdaAppSpec {
  resourceName: string;
  functionName: string;
  alias: string;
  currentVersion: string;
  targetVersion: string;
  hooks: { BeforeAllowTraffic?: string; AfterAllowTraffic?: string };
}

const LAMBDA_HOOKS = ['BeforeAllowTraffic', 'AfterAllowTraffic'] as const;

/** An AppSpec kept in S3 is at most 1 MB, like one given inline. */
const MAX_APPSPEC_BYTES = 1024 * 1024;

/** The AppSpec text of a Lambda deployment's revision: given inline (AppSpecContent, String), or a YAML/JSON object in S3. */
export async function appSpecText(runtime: Runtime, account: string, region: string, revision: CD.RevisionLocation): Promise<string> {
  const type = revision.revisionType;
  if (!type) throw revisionRequired();
  if (type === 'String' || type === 'AppSpecContent') return inlineContent(revision);
  if (type === 'GitHub') throw invalidRevision('A Lambda deployment\'s AppSpec is given as AppSpecContent, String or an S3 object; GitHub revisions are for the Server compute platform.');
  const s3 = revision.s3Location;
  if (!s3?.bucket || !s3.key) throw invalidRevision('An S3 revision needs the bucket and the key of the AppSpec file.');
  if (s3.bundleType !== 'YAML' && s3.bundleType !== 'JSON') throw invalidRevision('The bundle type of a Lambda deployment\'s AppSpec file in S3 must be YAML or JSON.');
  const api = await runtime.optionalApi<S3Api>('s3');
  if (!api) throw invalidRevision(`The AppSpec file s3://${s3.bucket}/${s3.key} could not be read.`);
  try {
    const body = await api.readObject({ account, region, bucket: s3.bucket, key: s3.key, versionId: s3.version, maxBytes: MAX_APPSPEC_BYTES });
    return body.toString('utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'an error';
    throw invalidRevision(`The AppSpec file s3://${s3.bucket}/${s3.key} could not be read (${code}).`);
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Versions are written as numbers or strings ("2", 2): both name the published version. */
function versionText(value: unknown, field: string): string {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^[0-9]+$/.test(value.trim())) return value.trim();
  throw invalidRevision(`The AppSpec file is invalid: Properties.${field} must be a published version number of the function.`);
}

/** Reads a Lambda AppSpec (YAML or JSON) and checks it is one CodeDeploy can run. */
export function parseLambdaAppSpec(text: string): LambdaAppSpec {
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 100 });
  } catch {
    throw invalidRevision('The AppSpec file is invalid: it is neither valid YAML nor valid JSON.');
  }
  const root = asRecord(document);
  if (!root) throw invalidRevision('The AppSpec file is invalid: it must be a YAML or JSON object.');
  const resources = root.Resources;
  if (!Array.isArray(resources) || resources.length === 0) throw invalidRevision('The AppSpec file is invalid: Resources must list the Lambda function to deploy.');
  if (resources.length > 1) throw invalidRevision('The AppSpec file is invalid: a Lambda deployment deploys exactly one function, so Resources must have exactly one entry.');
  const entry = asRecord(resources[0]);
  const [resourceName] = Object.keys(entry ?? {});
  const resource = resourceName ? asRecord(entry![resourceName]) : undefined;
  if (!resource) throw invalidRevision('The AppSpec file is invalid: each entry of Resources must be a named resource.');
  if (resource.Type !== 'AWS::Lambda::Function') throw invalidRevision(`The AppSpec file is invalid: resource ${resourceName} must be of Type AWS::Lambda::Function.`);
  const properties = asRecord(resource.Properties);
  if (!properties) throw invalidRevision(`The AppSpec file is invalid: resource ${resourceName} has no Properties.`);
  for (const field of ['Name', 'Alias']) {
    if (typeof properties[field] !== 'string' || !(properties[field] as string).length) throw invalidRevision(`The AppSpec file is invalid: Properties.${field} is required.`);
  }
  const spec: LambdaAppSpec = {
    resourceName,
    functionName: properties.Name as string,
    alias: properties.Alias as string,
    currentVersion: versionText(properties.CurrentVersion, 'CurrentVersion'),
    targetVersion: versionText(properties.TargetVersion, 'TargetVersion'),
    hooks: {},
  };
  if (root.Hooks !== undefined && root.Hooks !== null) {
    if (!Array.isArray(root.Hooks)) throw invalidRevision('The AppSpec file is invalid: Hooks must be a list.');
    for (const hook of root.Hooks) {
      const record = asRecord(hook);
      const names = Object.keys(record ?? {});
      if (names.length !== 1) throw invalidRevision('The AppSpec file is invalid: each hook names one lifecycle event and one function.');
      const [event] = names as [string];
      if (!(LAMBDA_HOOKS as readonly string[]).includes(event)) throw invalidRevision(`The AppSpec file is invalid: ${event} is not a lifecycle event of a Lambda deployment (BeforeAllowTraffic, AfterAllowTraffic).`);
      const fn = record![event];
      if (typeof fn !== 'string' || !fn) throw invalidRevision(`The AppSpec file is invalid: hook ${event} must name a Lambda function.`);
      if (spec.hooks[event as 'BeforeAllowTraffic']) throw invalidRevision(`The AppSpec file is invalid: hook ${event} is given twice.`);
      spec.hooks[event as 'BeforeAllowTraffic'] = fn;
    }
  }
  return spec;
}
