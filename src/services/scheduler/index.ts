import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Scheduler from '../../generated/scheduler.js';
import { groupOperations } from './groups.js';
import { scheduleOperations } from './schedules.js';
import { SchedulerService } from './service.js';

/** EventBridge Scheduler: schedule groups and schedules (at, rate, cron in a time zone) invoking their targets on the clock. */
export function createProvider(runtime: Runtime): Provider {
  const service = new SchedulerService(runtime);
  const operations: Partial<Scheduler.SchedulerOperations> = {
    ...groupOperations(service),
    ...scheduleOperations(service),
  };
  service.start();
  return { operations: operations as Provider['operations'], close: () => service.close() };
}
