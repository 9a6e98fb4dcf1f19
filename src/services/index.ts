import type { ServiceAddressing, ServiceModule } from '../core/runtime.js';
import { lambdaAddressing } from './lambda/addressing.js';
import { s3Addressing } from './s3/addressing.js';
import { sqsAddressing } from './sqs/addressing.js';

/** The services Nimbus implements, by model id; each loads on its first request. */
export const SERVICE_LOADERS: Record<string, () => Promise<ServiceModule>> = {
  sqs: () => import('./sqs/index.js'),
  lambda: () => import('./lambda/index.js'),
  s3: () => import('./s3/index.js'),
  dynamodb: () => import('./dynamodb/index.js'),
  logs: () => import('./logs/index.js'),
  cloudwatch: () => import('./cloudwatch/index.js'),
};

/** How services are addressed beyond their models (hosts, paths), loaded at start: routing needs them first. */
export const SERVICE_ADDRESSING: ServiceAddressing[] = [lambdaAddressing, s3Addressing, sqsAddressing];
