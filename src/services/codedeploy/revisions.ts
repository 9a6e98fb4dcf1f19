import { createHash } from 'node:crypto';
import { decodePageToken, encodePageToken, isOffset } from '../../core/pagination.js';
import type * as CD from '../../generated/codedeploy.js';
import {
  batchLimitExceeded,
  bucketNameFilterRequired,
  invalidNextToken,
  invalidRevision,
  revisionDoesNotExist,
  revisionRequired,
} from './errors.js';
import type { CodeDeployService } from './service.js';
import type { RevisionDoc } from './state.js';

type Operations = Partial<CD.CodedeployOperations>;

const PAGE_SIZE = 100;
/** An AppSpec given inline is at most 1 MB. */
const MAX_INLINE_CONTENT = 1024 * 1024;

/** The content of an inline revision (String or AppSpecContent), its sha256 checked when given. */
export function inlineContent(location: CD.RevisionLocation): string {
  const inline = location.revisionType === 'AppSpecContent' ? location.appSpecContent : location.string;
  if (!inline?.content) throw invalidRevision('The revision content was not specified.');
  if (inline.content.length > MAX_INLINE_CONTENT) throw invalidRevision('The AppSpec content is larger than 1 MB.');
  if (inline.sha256 !== undefined && inline.sha256.toLowerCase() !== sha256(inline.content)) {
    throw invalidRevision('The SHA256 hash of the revision content does not match the sha256 given.');
  }
  return inline.content;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What identifies a revision (S3 object and version, GitHub commit, or the content's hash), checked complete. */
export function revisionKey(location: CD.RevisionLocation | undefined): string {
  if (!location) throw revisionRequired();
  switch (location.revisionType) {
    case 'S3': {
      const s3 = location.s3Location;
      if (!s3?.bucket || !s3.key) throw invalidRevision('An S3 revision needs the bucket and the key of the bundle.');
      return JSON.stringify(['S3', s3.bucket, s3.key, s3.bundleType ?? '', s3.version ?? '', s3.eTag ?? '']);
    }
    case 'GitHub': {
      const github = location.gitHubLocation;
      if (!github?.repository || !github.commitId) throw invalidRevision('A GitHub revision needs the repository and the commit ID.');
      return JSON.stringify(['GitHub', github.repository, github.commitId]);
    }
    case 'String':
    case 'AppSpecContent':
      return JSON.stringify([location.revisionType, sha256(inlineContent(location))]);
    default:
      throw invalidRevision('The revision type was not specified: give S3, GitHub, String or AppSpecContent.');
  }
}

/** A revision as stored: inline content carries its sha256 (AWS fills it in). */
function storedLocation(location: CD.RevisionLocation): CD.RevisionLocation {
  if (location.revisionType === 'String' || location.revisionType === 'AppSpecContent') {
    const content = inlineContent(location);
    const inline = { content, sha256: sha256(content) };
    return location.revisionType === 'String' ? { revisionType: 'String', string: inline } : { revisionType: 'AppSpecContent', appSpecContent: inline };
  }
  return location;
}

function describeRevision(revision: RevisionDoc): CD.GenericRevisionInfo {
  return {
    description: revision.description,
    deploymentGroups: revision.deploymentGroups,
    registerTime: new Date(revision.registerTime),
    firstUsedTime: revision.firstUsedTime === undefined ? undefined : new Date(revision.firstUsedTime),
    lastUsedTime: revision.lastUsedTime === undefined ? undefined : new Date(revision.lastUsedTime),
  };
}

/** A deployment's revision becomes one of its application's (registered on first use), used by its group now. */
export function recordRevisionUse(service: CodeDeployService, account: string, region: string, application: string, group: string, location: CD.RevisionLocation): void {
  const key = revisionKey(location);
  const now = service.now();
  const revision = service.state.revision(account, region, application, key) ?? { location: storedLocation(location), registerTime: now, deploymentGroups: [] };
  revision.firstUsedTime ??= now;
  revision.lastUsedTime = now;
  if (!revision.deploymentGroups.includes(group)) revision.deploymentGroups.push(group);
  service.state.putRevision(account, region, application, key, revision);
}

/** Application revisions: Register, Get, List, BatchGet. */
export function revisionOperations(service: CodeDeployService): Operations {
  return {
    RegisterApplicationRevision(input, context) {
      service.requireApplication(context.accountId, context.region, input.applicationName);
      const key = revisionKey(input.revision);
      const existing = service.state.revision(context.accountId, context.region, input.applicationName, key);
      const revision: RevisionDoc = existing ?? { location: storedLocation(input.revision), registerTime: service.now(), deploymentGroups: [] };
      if (input.description !== undefined) revision.description = input.description;
      service.state.putRevision(context.accountId, context.region, input.applicationName, key, revision);
    },

    GetApplicationRevision(input, context) {
      service.requireApplication(context.accountId, context.region, input.applicationName);
      const revision = service.state.revision(context.accountId, context.region, input.applicationName, revisionKey(input.revision));
      if (!revision) throw revisionDoesNotExist();
      return { applicationName: input.applicationName, revision: revision.location, revisionInfo: describeRevision(revision) };
    },

    BatchGetApplicationRevisions(input, context) {
      service.requireApplication(context.accountId, context.region, input.applicationName);
      if (!input.revisions.length) throw revisionRequired();
      if (input.revisions.length > 25) throw batchLimitExceeded();
      const found: CD.RevisionInfo[] = [];
      let missing = 0;
      for (const location of input.revisions) {
        const revision = service.state.revision(context.accountId, context.region, input.applicationName, revisionKey(location));
        if (revision) found.push({ revisionLocation: revision.location, genericRevisionInfo: describeRevision(revision) });
        else missing++;
      }
      return { applicationName: input.applicationName, revisions: found, errorMessage: missing ? `${missing} of the revisions requested are not registered with application ${input.applicationName}` : undefined };
    },

    ListApplicationRevisions(input, context) {
      service.requireApplication(context.accountId, context.region, input.applicationName);
      if (input.s3KeyPrefix !== undefined && !input.s3Bucket) throw bucketNameFilterRequired();
      let revisions = service.state.revisions(context.accountId, context.region, input.applicationName);
      if (input.s3Bucket) {
        revisions = revisions.filter((r) => r.location.revisionType === 'S3' && r.location.s3Location?.bucket === input.s3Bucket && (!input.s3KeyPrefix || Boolean(r.location.s3Location?.key?.startsWith(input.s3KeyPrefix))));
      }
      if (input.deployed === 'include') revisions = revisions.filter((r) => r.firstUsedTime !== undefined);
      if (input.deployed === 'exclude') revisions = revisions.filter((r) => r.firstUsedTime === undefined);
      const sortBy = input.sortBy ?? 'registerTime';
      const time = (r: RevisionDoc) => (sortBy === 'firstUsedTime' ? r.firstUsedTime : sortBy === 'lastUsedTime' ? r.lastUsedTime : r.registerTime) ?? 0;
      revisions = [...revisions].sort((a, b) => time(a) - time(b));
      if (input.sortOrder === 'descending') revisions.reverse();
      const offset = input.nextToken ? decodePageToken(input.nextToken, isOffset, invalidNextToken).offset : 0;
      const page = revisions.slice(offset, offset + PAGE_SIZE).map((r) => r.location);
      return { revisions: page, nextToken: offset + PAGE_SIZE < revisions.length ? encodePageToken({ offset: offset + PAGE_SIZE }) : undefined };
    },
  };
}
