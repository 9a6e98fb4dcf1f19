import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import type * as CD from '../../generated/codedeploy.js';
import { invalidRevision, revisionRequired } from './errors.js';

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
/** An AppSpec given inline is at most 1 MB (the model's limit on a revision string is looser). */
const MAX_CONTENT = 1024 * 1024;

/** The text of an inline revision (AppSpecContent or String), its sha256 checked when given. */
function revisionText(revision: CD.RevisionLocation): string {
  const type = revision.revisionType;
  const inline = type === 'AppSpecContent' ? revision.appSpecContent : type === 'String' ? revision.string : undefined;
  if (type === 'S3' || type === 'GitHub') throw invalidRevision(`A Lambda deployment's revision is its AppSpec, given as AppSpecContent or String; revision type ${type} is not served.`);
  if (!type) throw revisionRequired();
  if (!inline?.content) throw invalidRevision('The revision content was not specified.');
  if (inline.content.length > MAX_CONTENT) throw invalidRevision('The AppSpec content is larger than 1 MB.');
  if (inline.sha256 !== undefined) {
    const digest = createHash('sha256').update(inline.content).digest('hex');
    if (inline.sha256.toLowerCase() !== digest) throw invalidRevision('The SHA256 hash of the revision content does not match the sha256 given.');
  }
  return inline.content;
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
export function parseLambdaAppSpec(revision: CD.RevisionLocation): LambdaAppSpec {
  const text = revisionText(revision);
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
