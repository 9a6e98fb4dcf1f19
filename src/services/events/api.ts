/**
 * What other services may ask of EventBridge, through `runtime.optionalApi<EventsApi>('events')`
 * while Nimbus does not serve EventBridge yet: putting events on the account's default bus on an
 * AWS service's behalf, as S3 does for buckets with EventBridge notifications on. The events
 * service implements this contract when it lands.
 */

/** An event an AWS service sends (source `aws.s3`...), as PutEvents entries carry it. */
export interface ServiceEvent {
  source: string;
  detailType: string;
  /** The detail, as JSON text. */
  detail: string;
  resources: string[];
  region: string;
  account: string;
  time: Date;
}

export interface EventsApi {
  /** Puts the events on the default bus of their account and region, where its rules match them. */
  putEventsFromService(entries: ServiceEvent[]): void | Promise<void>;
}
