import { Command, InvalidArgumentError } from 'commander';
import { startCloud } from './index.js';
import { createLogger, type LogLevel } from './core/logger.js';
import { VERSION } from './version.js';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a number from 0 to 65535');
  return n;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

/** A comma-separated list (flag or environment variable). */
function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

function level(value: string): string {
  if (!LEVELS.includes(value)) throw new InvalidArgumentError(`one of ${LEVELS.join(', ')}`);
  return value;
}

const program = new Command('nimbus').description("AWS's developer services on your machine").version(VERSION);

program
  .command('start')
  .description('serve every service on one port')
  .option('-p, --port <port>', 'port to listen on', port, Number(process.env.NIMBUS_PORT ?? 4566))
  .option('--host <host>', 'interface to bind', process.env.NIMBUS_HOST ?? '127.0.0.1')
  .option('--data-dir <dir>', 'keep state in this folder across restarts (default: in memory)', process.env.NIMBUS_DATA_DIR)
  .option('--region <region>', 'region for requests that do not name one', process.env.AWS_DEFAULT_REGION ?? 'us-east-1')
  .option('--log-level <level>', `one of ${LEVELS.join(', ')}`, level, process.env.NIMBUS_LOG_LEVEL ?? 'info')
  .option('--verify-signatures', 'reject requests whose SigV4 signature is wrong (secret: NIMBUS_SECRET_ACCESS_KEY or "test")', false)
  .option('--lambda-concurrency <n>', 'Lambda concurrent executions limit per account and region', positive, Number(process.env.NIMBUS_LAMBDA_CONCURRENCY ?? 1000))
  .option('--cors-origins <origins>', "comma-separated origins whose web pages may call the AWS APIs ('*' for any; env NIMBUS_CORS_ORIGINS)", list, list(process.env.NIMBUS_CORS_ORIGINS))
  .option('--allowed-hosts <names>', "comma-separated host names to answer besides IPs, localhost, *.localhost and this machine's name ('*' for any; env NIMBUS_ALLOWED_HOSTS)", list, list(process.env.NIMBUS_ALLOWED_HOSTS))
  .action(async (options: { port: number; host: string; dataDir?: string; region: string; logLevel: string; verifySignatures: boolean; lambdaConcurrency: number; corsOrigins: string[]; allowedHosts: string[] }) => {
    const logger = createLogger(options.logLevel as LogLevel);
    const cloud = await startCloud({
      port: options.port,
      host: options.host,
      dataDir: options.dataDir,
      region: options.region,
      logger,
      verifySignatures: options.verifySignatures,
      secretAccessKey: process.env.NIMBUS_SECRET_ACCESS_KEY,
      lambdaConcurrencyLimit: options.lambdaConcurrency,
      corsOrigins: options.corsOrigins,
      allowedHosts: options.allowedHosts,
    });
    const lines = [
      `Nimbus ${VERSION} is serving AWS on ${cloud.endpoint}  (${options.dataDir ? `state in ${options.dataDir}` : 'state in memory'})`,
      '',
      'Point your tools at it:',
      `  AWS CLI:   aws --endpoint-url ${cloud.endpoint} sqs list-queues`,
      `             or export AWS_ENDPOINT_URL=${cloud.endpoint}`,
      `  SDKs:      new SQSClient({ endpoint: '${cloud.endpoint}', region: '${options.region}' })`,
      `             boto3.client('sqs', endpoint_url='${cloud.endpoint}')`,
      '  Credentials: any access key works (a 12-digit key id is used as the account id), e.g.',
      '             AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test',
      `  Health:    ${cloud.endpoint}/_nimbus/health`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
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
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`nimbus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
