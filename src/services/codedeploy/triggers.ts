import { parseArn } from '../../core/ids.js';
import type * as CD from '../../generated/codedeploy.js';
import type { SnsApi } from '../sns/api.js';
import { AwsError } from '../../core/errors.js';
import type { CodeDeployService } from './service.js';
import type { DeploymentDoc } from './state.js';

/** The deployment events a trigger can name that a Lambda deployment raises (instance events are the Server platform's). */
export type DeploymentTriggerEvent = 'DeploymentStart' | 'DeploymentSuccess' | 'DeploymentFailure' | 'DeploymentStop' | 'DeploymentRollback';

/** A deployment group has at most 10 triggers. */
const MAX_TRIGGERS = 10;

/** A group's triggers, checked: each names an SNS topic and at least one event, at most ten of them. */
export function checkTriggers(triggers: CD.TriggerConfig[] | undefined): CD.TriggerConfig[] | undefined {
  if (!triggers) return undefined;
  if (triggers.length > MAX_TRIGGERS) throw new AwsError('TriggerTargetsLimitExceededException', 'The maximum allowed number of triggers was exceeded.', 400);
  const names = new Set<string>();
  for (const trigger of triggers) {
    const target = trigger.triggerTargetArn ? parseArn(trigger.triggerTargetArn) : undefined;
    if (!trigger.triggerName || names.has(trigger.triggerName) || target?.service !== 'sns' || !trigger.triggerEvents?.length) {
      throw new AwsError('InvalidTriggerConfigException', 'The trigger was specified in an invalid format.', 400);
    }
    names.add(trigger.triggerName);
  }
  return triggers;
}

function epochSeconds(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : (ms / 1000).toFixed(3);
}

/** The JSON CodeDeploy publishes for a deployment-based trigger. */
function triggerMessage(doc: DeploymentDoc, triggerName: string): string {
  const counts = { Failed: 0, InProgress: 0, Pending: 0, Skipped: 0, Succeeded: 0 };
  if (doc.target.status in counts) counts[doc.target.status as keyof typeof counts] += 1;
  return JSON.stringify({
    region: doc.region,
    accountId: doc.account,
    eventTriggerName: triggerName,
    applicationName: doc.applicationName,
    deploymentId: doc.deploymentId,
    deploymentGroupName: doc.deploymentGroupName,
    createTime: epochSeconds(doc.createTime),
    completeTime: epochSeconds(doc.completeTime),
    deploymentOverview: Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, String(value)])),
    status: doc.status,
    errorInformation: doc.errorInformation ? { ErrorCode: doc.errorInformation.code, ErrorMessage: doc.errorInformation.message } : undefined,
  });
}

/** Publishes a deployment event to the SNS topics of the group's triggers that name it; a topic that refuses is logged, not fatal. */
export async function fireTriggers(service: CodeDeployService, doc: DeploymentDoc, event: DeploymentTriggerEvent): Promise<void> {
  const group = service.state.deploymentGroup(doc.account, doc.region, doc.applicationName, doc.deploymentGroupName);
  const triggers = (group?.settings.triggerConfigurations as CD.TriggerConfig[] | undefined)?.filter((t) => t.triggerEvents?.includes(event));
  if (!triggers?.length) return;
  const sns = await service.runtime.optionalApi<SnsApi>('sns');
  if (!sns) return;
  const subject = `${doc.status.toUpperCase()}: AWS CodeDeploy ${doc.deploymentId} in ${doc.region} to ${doc.applicationName}`;
  for (const trigger of triggers) {
    try {
      await sns.publish({ topicArn: trigger.triggerTargetArn!, subject: subject.slice(0, 100), message: triggerMessage(doc, trigger.triggerName!), account: doc.account, region: doc.region });
    } catch (error) {
      service.runtime.log.warn({ err: String(error), deploymentId: doc.deploymentId, trigger: trigger.triggerName }, 'codedeploy: a trigger could not publish');
    }
  }
}
