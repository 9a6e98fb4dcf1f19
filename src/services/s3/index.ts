/**
 * S3: the provider, assembled. Buckets, their access and configuration, objects, listings and
 * multipart uploads are operation groups; website endpoints, browser POST uploads and bucket
 * CORS are HTTP hooks (http-hooks.ts); other services read and write objects through api.ts.
 */
import type { Provider, Runtime } from '../../core/runtime.js';
import type * as S3 from '../../generated/s3.js';
import { AccessLogDelivery, accessLoggingOperations, withAccessLogging } from './access-logging.js';
import { bucketAccessOperations } from './bucket-access.js';
import { bucketConfigurationOperations } from './bucket-configuration.js';
import { bucketFeatureOperations } from './bucket-features.js';
import { bucketOperations } from './buckets.js';
import { violationError } from './errors.js';
import { httpHooks } from './http-hooks.js';
import { InventoryReports, inventoryOperations } from './inventory.js';
import { LifecycleSweeper } from './lifecycle.js';
import { listingOperations } from './listing.js';
import { multipartOperations } from './multipart.js';
import { Notifier } from './notifications.js';
import { objectApi } from './object-api.js';
import { objectOperations } from './objects.js';
import { applyDefaultRetention, objectLockOperations } from './object-lock.js';
import { Replicator, replicationOperations } from './replication.js';
import { restoreOperations } from './restore.js';
import { selectOperations } from './select/select-object-content.js';
import { S3Service } from './service.js';

export function createProvider(runtime: Runtime): Provider {
  const service = new S3Service(runtime);
  const notifier = new Notifier(service);
  const sweeper = new LifecycleSweeper(service);
  sweeper.start();
  const replicator = new Replicator(service);
  replicator.resume();
  const accessLogs = new AccessLogDelivery(service);
  accessLogs.start();
  const inventory = new InventoryReports(service);
  inventory.start();
  // Every change S3 reports: default retention first, then replication, then notifications.
  const notify = service.onEvent;
  service.onEvent = (event) => {
    applyDefaultRetention(service, event);
    replicator.onEvent(event);
    notify(event);
  };

  // Requests against a bucket with server access logging leave a record (access-logging.ts).
  const operations: Partial<S3.S3Operations> = withAccessLogging(service, accessLogs, {
    ...bucketOperations(service),
    ...bucketAccessOperations(service),
    ...bucketConfigurationOperations(service, notifier),
    ...objectOperations(service),
    ...listingOperations(service),
    ...multipartOperations(service),
    ...objectLockOperations(service),
    ...restoreOperations(service),
    ...replicationOperations(service),
    ...accessLoggingOperations(service, accessLogs),
    ...inventoryOperations(service, inventory),
    ...bucketFeatureOperations(service, notifier),
    ...selectOperations(service),
  });

  return {
    operations: operations as Provider['operations'],
    api: objectApi(service, operations.PutObject!),
    // S3 checks values itself and words failures its own way.
    enforcedConstraints: ['required'],
    validationError: violationError,
    http: httpHooks(service),
    close() {
      sweeper.close();
      replicator.close();
      accessLogs.close();
      inventory.close();
    },
  };
}
