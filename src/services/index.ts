import type { ServiceModule } from '../core/runtime.js';

/** The services Nimbus implements, by model id; each loads on its first request. */
export const SERVICE_LOADERS: Record<string, () => Promise<ServiceModule>> = {
  sqs: () => import('./sqs/index.js'),
  lambda: () => import('./lambda/index.js'),
  s3: () => import('./s3/index.js'),
  dynamodb: () => import('./dynamodb/index.js'),
  logs: () => import('./logs/index.js'),
  cloudwatch: () => import('./cloudwatch/index.js'),
};
