import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import type { S3Api } from '../s3/api.js';
import { invalidOperation, invalidParameter, invalidToken, limitExceeded, notFound } from './errors.js';
import { groupArn, type LogsService } from './service.js';
import type { ExportTaskRow } from './state.js';

/** How long (clock time) an export task stays RUNNING. */
const EXPORT_RUN_MS = 1000;
const GET_BUCKET_ACL_FAILED = 'GetBucketAcl call on the given bucket failed. Please check if CloudWatch Logs has been granted permission to perform this operation.';
const PUT_OBJECT_FAILED = 'Please ensure that the CreateExportTask caller has been granted s3:PutObject access to the bucket.';

/**
 * The condition keys Logs' writes carry, which AWS's documented bucket policy tests: the account
 * and group exporting (confused-deputy protection) and the bucket-owner-full-control ACL.
 */
function exportPolicyContext(task: Pick<ExportTaskRow, 'account' | 'region' | 'groupName'>): Record<string, string> {
  return {
    'aws:SourceAccount': task.account,
    'aws:SourceArn': groupArn({ account: task.account, region: task.region, name: task.groupName }),
    's3:x-amz-acl': 'bucket-owner-full-control',
  };
}

/** Export tasks: a group's events, gzip'd a file a stream, written to an S3 bucket. */
export function exportTaskOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state, runtime } = service;

  async function runExport(taskId: string): Promise<void> {
    const task = state.exportTask(taskId);
    if (!task || task.status !== 'PENDING') return;
    state.putExportTask({ ...task, status: 'RUNNING', message: 'Running' });
    // The outcome is known at once; the task reports it EXPORT_RUN_MS of clock time later, as a task that ran.
    const finish = (status: string, message: string) => {
      service.later(EXPORT_RUN_MS, () => {
        const current = state.exportTask(taskId);
        if (!current || current.status !== 'RUNNING') return;
        state.putExportTask({ ...current, status, message, completedAt: service.clock.now() });
      });
    };
    const group = state.group(task.account, task.region, task.groupName);
    try {
      const s3 = await runtime.api<S3Api>('s3');
      if (!s3.bucketExists({ account: task.account, region: task.region, bucket: task.destination })) {
        finish('FAILED', 'The specified bucket does not exist.');
        return;
      }
      if (!group) {
        finish('FAILED', 'The specified log group does not exist.');
        return;
      }
      const servicePrincipal = `logs.${task.region}.amazonaws.com`;
      const policyContext = exportPolicyContext(task);
      await s3.putObject({
        account: task.account,
        region: task.region,
        bucket: task.destination,
        key: `${task.prefix}/aws-logs-write-test`,
        body: Buffer.from('Permission Check Successful'),
        servicePrincipal,
        policyContext,
      });
      const byStream = new Map<string, string[]>();
      for (const event of service.groupEvents(group.id, task.from, task.to - 1)) {
        if (task.streamPrefix && !event.streamName.startsWith(task.streamPrefix)) continue;
        const lines = byStream.get(event.streamName) ?? [];
        lines.push(`${new Date(event.timestamp).toISOString()} ${event.message}\n`);
        byStream.set(event.streamName, lines);
      }
      for (const [streamName, lines] of byStream) {
        await s3.putObject({
          account: task.account,
          region: task.region,
          bucket: task.destination,
          key: `${task.prefix}/${task.id}/${streamName}/000000.gz`,
          body: gzipSync(Buffer.from(lines.join(''), 'utf8')),
          contentType: 'application/octet-stream',
          contentEncoding: 'gzip',
          servicePrincipal,
          policyContext,
        });
      }
      finish('COMPLETED', 'Completed successfully');
    } catch (error) {
      finish('FAILED', error instanceof Error ? error.message : String(error));
    }
  }

  // Tasks a stopped process left PENDING or RUNNING run again (the objects they write are the same),
  // so they finish instead of blocking every later export with LimitExceededException.
  for (const task of state.unfinishedExportTasks()) {
    state.putExportTask({ ...task, status: 'PENDING', message: 'Pending' });
    service.later(0, () => void runExport(task.id));
  }

  return {
    async CreateExportTask(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      if (input.from >= input.to) {
        throw invalidParameter(
          `Specified time range of '${input.from}' and '${input.to}' is not valid. Please make sure the values are within the retention period of the log group and from value is less than the to values`,
        );
      }
      if (state.exportTasks(context.accountId, context.region).some((t) => t.status === 'PENDING' || t.status === 'RUNNING')) throw limitExceeded();
      const prefix = input.destinationPrefix ?? 'exportedlogs';
      // As on AWS, the bucket must let the Logs service read its ACL and write the test object before a task is made
      // (a bucket that does not exist fails the task, below).
      const s3 = await runtime.api<S3Api>('s3');
      if (s3.bucketExists({ account: context.accountId, region: context.region, bucket: input.destination })) {
        const servicePrincipal = `logs.${context.region}.amazonaws.com`;
        const policyContext = exportPolicyContext({ account: context.accountId, region: context.region, groupName: group.name });
        if (!s3.servicePolicyAllows({ bucket: input.destination, servicePrincipal, action: 's3:GetBucketAcl', policyContext })) throw invalidParameter(GET_BUCKET_ACL_FAILED);
        if (!s3.servicePolicyAllows({ bucket: input.destination, servicePrincipal, action: 's3:PutObject', key: `${prefix}/aws-logs-write-test`, policyContext })) {
          throw invalidParameter(PUT_OBJECT_FAILED);
        }
      }
      const task = {
        id: randomUUID(),
        account: context.accountId,
        region: context.region,
        name: input.taskName ?? null,
        groupName: group.name,
        from: input.from,
        to: input.to,
        destination: input.destination,
        prefix,
        streamPrefix: input.logStreamNamePrefix ?? null,
        status: 'PENDING',
        message: 'Pending',
        createdAt: service.clock.now(),
        completedAt: null,
      };
      state.putExportTask(task);
      service.later(0, () => void runExport(task.id));
      return { taskId: task.id };
    },

    DescribeExportTasks(input, context) {
      const tasks = state.exportTasks(context.accountId, context.region).filter((t) => (!input.taskId || t.id === input.taskId) && (!input.statusCode || t.status === input.statusCode));
      const result = pageAfterKey(tasks, (t) => t.id, input.limit ?? 50, input.nextToken, invalidToken);
      return {
        exportTasks: result.items.map((t) => ({
          taskId: t.id,
          taskName: t.name ?? undefined,
          logGroupName: t.groupName,
          from: t.from,
          to: t.to,
          destination: t.destination,
          destinationPrefix: t.prefix,
          status: { code: t.status as NonNullable<Logs.ExportTaskStatus['code']>, message: t.message ?? undefined },
          executionInfo: { creationTime: t.createdAt, completionTime: t.completedAt ?? undefined },
        })),
        nextToken: result.nextToken,
      };
    },

    CancelExportTask(input, context) {
      const task = state.exportTask(input.taskId);
      if (!task || task.account !== context.accountId || task.region !== context.region) throw notFound('The specified export task does not exist.');
      if (task.status !== 'PENDING' && task.status !== 'RUNNING') throw invalidOperation(`The specified export task has already finished; its status is ${task.status}.`);
      state.putExportTask({ ...task, status: 'CANCELLED', message: 'Cancelled by user', completedAt: service.clock.now() });
    },
  };
}
