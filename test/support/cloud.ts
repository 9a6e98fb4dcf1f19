import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCloud, type Cloud, type CloudOptions } from '../../src/index.js';

export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

/** A Nimbus on a free port, for one test file. */
export async function startTestCloud(options: CloudOptions = {}): Promise<Cloud> {
  return startCloud({ port: 0, logLevel: (process.env.NIMBUS_TEST_LOG as CloudOptions['logLevel']) ?? 'silent', ...options });
}

/** Client settings for any SDK v3 client against this cloud. */
export function clientConfig(cloud: Cloud, region = 'us-east-1') {
  return { endpoint: cloud.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
}

export async function advanceClock(cloud: Cloud, duration: string | number): Promise<void> {
  const response = await fetch(`${cloud.endpoint}/_nimbus/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advance: duration }),
  });
  if (response.status !== 200) throw new Error(`clock advance failed: ${response.status} ${await response.text()}`);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json?: any;
}

export const AWS_CLI = process.env.NIMBUS_AWS_CLI ?? '/usr/bin/aws';

/** Runs the AWS CLI v2 against the cloud, isolated from the user's own AWS config. */
export function aws(cloud: Cloud, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      AWS_CLI,
      ['--endpoint-url', cloud.endpoint, '--output', 'json', ...args],
      {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: process.env.HOME ?? '/tmp',
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
          AWS_DEFAULT_REGION: 'us-east-1',
          // Files that do not exist: the user's own profiles must not leak in.
          AWS_CONFIG_FILE: join(tmpdir(), 'nimbus-no-aws-config'),
          AWS_SHARED_CREDENTIALS_FILE: join(tmpdir(), 'nimbus-no-aws-credentials'),
          AWS_PAGER: '',
          AWS_MAX_ATTEMPTS: '1',
          ...env,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        let json: unknown;
        if (stdout.trim()) {
          try {
            json = JSON.parse(stdout);
          } catch {
            json = undefined;
          }
        }
        resolve({ code, stdout, stderr, json });
      },
    );
  });
}
