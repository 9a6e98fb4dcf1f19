import { createHash } from 'node:crypto';
import { GetDeploymentCommand, type CodeDeployClient, type DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { PublishVersionCommand, UpdateFunctionCodeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { createFunction, eventually, zip } from '../lambda/support.js';

export const SERVICE_ROLE = 'arn:aws:iam::000000000000:role/codedeploy-role';

/** A Node.js function with `versions` published versions (1..n), each with its own code, and an alias `live` on version 1. */
export async function functionWithVersions(lambda: LambdaClient, name: string, versions: number): Promise<void> {
  const { CreateAliasCommand } = await import('@aws-sdk/client-lambda');
  await createFunction(lambda, name, { 'index.js': 'exports.handler = async () => 1;' });
  for (let version = 1; version <= versions; version++) {
    if (version > 1) await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: zip({ 'index.js': `exports.handler = async () => ${version};` }) }));
    await lambda.send(new PublishVersionCommand({ FunctionName: name }));
  }
  await lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: '1' }));
}

/** An AppSpec (YAML) moving `alias` of `name` from one version to another, with the hooks given. */
export function appSpec(name: string, from: number, to: number, hooks: { BeforeAllowTraffic?: string; AfterAllowTraffic?: string } = {}, alias = 'live'): string {
  const lines = [
    'version: 0.0',
    'Resources:',
    '  - myFunction:',
    '      Type: AWS::Lambda::Function',
    '      Properties:',
    `        Name: "${name}"`,
    `        Alias: "${alias}"`,
    `        CurrentVersion: "${from}"`,
    `        TargetVersion: "${to}"`,
  ];
  const entries = Object.entries(hooks);
  if (entries.length) lines.push('Hooks:', ...entries.map(([event, fn]) => `  - ${event}: "${fn}"`));
  return lines.join('\n') + '\n';
}

export function revision(content: string) {
  return { revisionType: 'AppSpecContent' as const, appSpecContent: { content, sha256: createHash('sha256').update(content).digest('hex') } };
}

/** Waits (real time, short polls) until the deployment reaches one of the statuses. */
export function deploymentReaches(codedeploy: CodeDeployClient, deploymentId: string, statuses: string[], ms = 20_000): Promise<DeploymentInfo> {
  return eventually(async () => {
    const { deploymentInfo } = await codedeploy.send(new GetDeploymentCommand({ deploymentId }));
    return statuses.includes(deploymentInfo!.status!) ? deploymentInfo : undefined;
  }, ms, `deployment ${deploymentId} to reach ${statuses.join('/')}`);
}
