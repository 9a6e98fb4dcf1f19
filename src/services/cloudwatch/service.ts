import type { Clock } from '../../core/clock.js';
import type { Runtime } from '../../core/runtime.js';
import { AlarmEngine } from './alarm-engine.js';
import { alarmActionsMuted } from './alarm-mute-rules.js';
import { MetricReader } from './metric-queries.js';
import { MetricWriter } from './metric-writes.js';
import { CloudWatchState } from './state.js';

/** What CloudWatch's operation groups share: its state, the metric reader and writer, and the alarm engine on the clock. */
export class CloudWatchService {
  readonly clock: Clock;
  readonly state: CloudWatchState;
  readonly reader: MetricReader;
  readonly writer: MetricWriter;
  readonly alarms: AlarmEngine;

  constructor(readonly runtime: Runtime) {
    this.clock = runtime.clock;
    this.state = new CloudWatchState(runtime.store);
    this.reader = new MetricReader(this.state);
    this.writer = new MetricWriter(this.state, this.clock.now());
    this.alarms = new AlarmEngine(runtime, this.state, this.reader);
    this.alarms.actionsMuted = (account, region, name, at) => alarmActionsMuted(this.state, account, region, name, at);
    this.alarms.start();
  }

  close(): void {
    this.alarms.close();
  }
}
