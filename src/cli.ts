import { spawn } from 'node:child_process';
import { Command, InvalidArgumentError, Option } from 'commander';
import { findOnPath } from './core/init-scripts.js';
import { clock, ControlError, controlEndpoint, loadState, reset, saveState, status } from './control-client.js';
import { startCloud } from './index.js';
import type { LogLevel } from './core/logger.js';
import { resolveSettings, SETTINGS, SettingError, type Settings } from './core/settings.js';
import { VERSION } from './version.js';

const program = new Command('nimbus').description("AWS's developer services on your machine").version(VERSION);

const start = program.command('start').description('serve every service on one port');
/** Commander's name for each flag's value → the setting it sets (--lambda-concurrency → lambdaConcurrencyLimit). */
const settingOfFlag = new Map<string, keyof Settings>();
// Every flag comes from the settings table, so --help, the README and startCloud agree.
for (const [name, spec] of Object.entries(SETTINGS) as Array<[keyof Settings, (typeof SETTINGS)[keyof Settings]]>) {
  if (!spec.flag) continue;
  const shown = Array.isArray(spec.default) ? (spec.default.length ? spec.default.join(',') : 'none') : spec.default;
  const option = new Option(spec.flag, `${spec.description} (${shown === undefined ? '' : `default ${shown}; `}env ${spec.env.join(' or ')})`);
  settingOfFlag.set(option.attributeName(), name);
  if (spec.flag.includes('<')) {
    option.argParser((value: string) => {
      try {
        return spec.parse(value);
      } catch (error) {
        if (error instanceof SettingError) throw new InvalidArgumentError(error.message);
        throw error;
      }
    });
  }
  start.addOption(option);
}

const envOnly = Object.values(SETTINGS).filter((spec) => !spec.flag);
start.addHelpText('after', `\nSet only through the environment (so it never shows in a process list):\n${envOnly.map((spec) => `  ${spec.env.join(' or ')}  ${spec.description} (default ${spec.default})`).join('\n')}`);

start.action(async (flags: Record<string, unknown>) => {
  const given: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(flags)) given[settingOfFlag.get(attribute) ?? attribute] = value;
  const settings = resolveSettings(given as Partial<Settings>);
  const cloud = await startCloud({ ...settings, logLevel: settings.logLevel as LogLevel });
  const logger = cloud.runtime.log;
  const lines = [
    `Nimbus ${VERSION} is serving AWS on ${cloud.endpoint}  (${settings.dataDir ? `state in ${settings.dataDir}` : 'state in memory'})`,
    '',
    'Point your tools at it:',
    `  AWS CLI:   aws --endpoint-url ${cloud.endpoint} sqs list-queues`,
    `             or export AWS_ENDPOINT_URL=${cloud.endpoint}`,
    `  SDKs:      new SQSClient({ endpoint: '${cloud.endpoint}', region: '${settings.region}' })`,
    `             boto3.client('sqs', endpoint_url='${cloud.endpoint}')`,
    `  Credentials: any access key works (a 12-digit key id is used as the account id, any other means ${settings.account}), e.g.`,
    '             AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test',
    `  Health:    ${cloud.endpoint}/_nimbus/health`,
    '',
  ];
  // Handlers first: whoever reads the banner may signal at once, and Node's default for a signal
  // with no listener is to die.
  let stopping = false;
  const stop = async (signal: string) => {
    // A second signal, or a close that does not finish, ends the process at once.
    if (stopping) process.exit(1);
    stopping = true;
    logger.info(`${signal}: shutting down`);
    setTimeout(() => process.exit(1), 10_000).unref();
    await cloud.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.stdout.write(`${lines.join('\n')}\n`);
  const init = await cloud.initialized;
  if (init?.status === 'failed' && settings.strictInit) {
    const failed = init.scripts.filter((script) => script.status === 'failed').map((script) => script.name);
    logger.fatal(`init: ${failed.join(', ')} failed; exiting (--strict-init)`);
    await cloud.close();
    process.exit(3);
  }
});

/** The commands that talk to a running Nimbus. */
const endpointOption = () => new Option('--endpoint <url>', 'the Nimbus to talk to (default: AWS_ENDPOINT_URL, else http://localhost:4566)');
async function control(run: () => Promise<string>): Promise<void> {
  try {
    process.stdout.write(`${await run()}\n`);
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    process.stderr.write(`nimbus: ${error.message}\n`);
    process.exit(error.exitCode);
  }
}
program
  .command('status')
  .description('what a running Nimbus serves, where it keeps its state, and its clock')
  .addOption(endpointOption())
  .action((options: { endpoint?: string }) => control(() => status(controlEndpoint(options.endpoint))));
program
  .command('reset')
  .description('make a running Nimbus forget all its state, or only that of the services named: `nimbus reset sqs s3`')
  .argument('[services...]', 'service ids (sqs, s3, dynamodb, lambda, logs, cloudwatch); all when none')
  .addOption(endpointOption())
  .action((services: string[], options: { endpoint?: string }) => control(() => reset(controlEndpoint(options.endpoint), services)));
const state = program.command('state').description("save a running Nimbus's whole state to a file, or load one: `nimbus state save ci.state`");
state
  .command('save')
  .description('write the whole state (store, S3 objects, Lambda code) to a compressed file, while Nimbus keeps serving')
  .argument('<file>', 'where to write it')
  .addOption(endpointOption())
  .action((file: string, options: { endpoint?: string }) => control(() => saveState(controlEndpoint(options.endpoint), file)));
state
  .command('load')
  .description('replace the whole state with a file saved by `nimbus state save`')
  .argument('<file>', 'a snapshot file')
  .addOption(endpointOption())
  .action((file: string, options: { endpoint?: string }) => control(() => loadState(controlEndpoint(options.endpoint), file)));
program
  .command('clock')
  .description("show a running Nimbus's clock, or move it: `clock advance 15m`, `clock set 2030-01-01T00:00:00Z`")
  .argument('[action]', 'advance or set')
  .argument('[value]', 'a duration (1500, 90s, 5m, 2h, 14d) or a time (ISO 8601, epoch ms)')
  .addOption(endpointOption())
  .action((action: string | undefined, value: string | undefined, options: { endpoint?: string }) => control(() => clock(controlEndpoint(options.endpoint), action, value)));

program
  .command('aws')
  .description("run the AWS CLI against Nimbus, as LocalStack's awslocal does: `nimbus aws sqs list-queues`")
  .argument('[args...]', 'the AWS CLI command and its options')
  .allowUnknownOption()
  .helpOption(false)
  .action((args: string[]) => {
    const cli = findOnPath('aws');
    if (!cli) {
      process.stderr.write('nimbus aws: the AWS CLI is not installed (no `aws` on PATH); install it (e.g. `apt-get install awscli`, or AWS\'s installer) and try again\n');
      process.exit(127);
    }
    const env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'test',
      AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'test',
      AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION ?? process.env.AWS_REGION ?? 'us-east-1',
    };
    const child = spawn(cli, ['--endpoint-url', controlEndpoint(undefined), ...args], { stdio: 'inherit', env });
    child.once('error', (error) => {
      process.stderr.write(`nimbus aws: ${error.message}\n`);
      process.exit(127);
    });
    child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`nimbus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
