/**
 * What other services may ask of the schema registry through `runtime.optionalApi<SchemasApi>('schemas')`.
 * EventBridge hands it the events that reached a bus, so that the bus's discoverers (if any are
 * started) infer their schemas into the discovered-schemas registry, as on AWS.
 */
export interface BusEvent {
  /** The event as EventBridge delivers it to targets: JSON text with source, detail-type, account, detail... */
  event: string;
}

export interface SchemasApi {
  /**
   * Events that reached the bus `busArn` (arn:aws:events:<region>:<account>:event-bus/<name>). Cheap when
   * the bus has no started discoverer (one indexed lookup). Events from another account are
   * discovered only by a discoverer with CrossAccount on. Never throws for a malformed event: it is skipped.
   */
  eventsOnBus(request: { busArn: string; events: BusEvent[] }): void;
}
