/**
 * What other services may ask of Amazon Data Firehose through `runtime.api<FirehoseApi>('firehose')`:
 * Logs subscription filters, SNS subscriptions, EventBridge targets, Scheduler and Pipes put records
 * into a DirectPut delivery stream, which buffers and delivers them as PutRecord's would be.
 */
export interface FirehoseApi {
  /** Whether a delivery stream with this ARN exists. */
  deliveryStreamExists(deliveryStreamArn: string): boolean;
  /** PutRecord's rules (1,000 KiB a record, DirectPut streams only); throws AwsError as PutRecord would. */
  putRecord(request: { deliveryStreamArn: string; data: Buffer }): { recordId: string };
}
