import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Events from '../../generated/events.js';
import type { EventsApi } from './api.js';
import { ArchiveRetention, archiveOperations } from './archives.js';
import { busOperations } from './buses.js';
import { endpointOperations } from './endpoints.js';
import { partnerSourceOperations } from './partner-sources.js';
import { EventRouter } from './put-events.js';
import { ReplayRunner, replayOperations } from './replays.js';
import { RuleSchedules } from './rule-schedules.js';
import { ruleOperations } from './rules.js';
import { EventsService } from './service.js';
import { tagOperations } from './tags.js';
import { TargetsEngine, type EventsDirectory } from './targets/engine.js';
import { targetOperations } from './targets/operations.js';

/** EventBridge: buses and their policies, rules with patterns and schedules, PutEvents, archives and replays, and (targets/) delivery. */
export function createProvider(runtime: Runtime): Provider {
  const service = new EventsService(runtime);
  const router = new EventRouter(service);
  const directory: EventsDirectory = {
    rule: (account, region, busName, ruleName) => {
      const rule = service.state.rule(account, region, busName, ruleName);
      return rule && service.ruleRef(rule);
    },
    putOnBus: (busArn, event, sender) => router.putOnBus(busArn, event, sender),
  };
  service.engine = new TargetsEngine(runtime, directory);
  const schedules = new RuleSchedules(service);
  const retention = new ArchiveRetention(service);
  const replays = new ReplayRunner(service, router);

  const operations: Partial<Events.EventsOperations> = {
    ...busOperations(service),
    ...ruleOperations(service, schedules),
    ...tagOperations(service),
    ...archiveOperations(service, retention),
    ...replayOperations(service, replays),
    ...endpointOperations(service),
    ...partnerSourceOperations(service, router),
    ...targetOperations(service.engine),
    PutEvents: (input, context) => router.putEvents(input, context.accountId, context.region),
  };

  // Stored schedules, retention and replays under way go on where they were.
  schedules.start();
  if (service.state.allArchives().length) retention.start();
  replays.start();

  const api: EventsApi = {
    putEventsFromService: (entries) => router.putFromService(entries),
    deliverToTarget: (delivery) => service.engine.deliver(delivery),
    recordedDeliveries: (filter) => service.engine.recordedDeliveries(filter),
    busPolicy: (busArn) => {
      const bus = service.state.busByArn(busArn);
      return bus ? { policy: bus.policy ?? undefined } : undefined;
    },
  };

  return {
    operations: operations as Provider['operations'],
    api,
    close: () => {
      schedules.close();
      retention.close();
      replays.close();
      service.engine.close();
      service.close();
    },
  };
}
