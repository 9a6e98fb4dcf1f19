import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Firehose from '../../generated/firehose.js';
import type { FirehoseApi } from './api.js';
import { deliveryStreamOperations } from './delivery-streams.js';
import { KinesisSources } from './kinesis-source.js';
import { putRecordFromService, recordOperations } from './records.js';
import { FirehoseService } from './service.js';
import { tagOperations } from './tags.js';

/** Amazon Data Firehose: delivery streams from Direct PUT or a Kinesis stream, buffered, transformed and delivered to S3 or HTTP endpoints. */
export function createProvider(runtime: Runtime): Provider {
  const service = new FirehoseService(runtime);
  const sources = new KinesisSources(service);
  const operations: Partial<Firehose.FirehoseOperations> = {
    ...deliveryStreamOperations(service, (stream) => void sources.start(stream)),
    ...recordOperations(service),
    ...tagOperations(service),
  };
  const deleteStream = operations.DeleteDeliveryStream!;
  operations.DeleteDeliveryStream = (input, context) => {
    const result = deleteStream(input, context);
    const stream = service.state.streamByName(context.accountId, context.region, input.DeliveryStreamName);
    if (stream) sources.stop(stream.arn);
    return result;
  };
  // What a previous run left: streams still CREATING become ACTIVE, DELETING ones go, buffers get their timers, sources are read.
  for (const stream of service.state.allStreams()) {
    if (stream.status === 'CREATING') service.state.saveStream({ ...stream, status: 'ACTIVE' });
    if (stream.status === 'DELETING') service.state.deleteStream(stream.arn);
  }
  service.buffers.resume();
  sources.resume();

  const api: FirehoseApi = {
    deliveryStreamExists: (deliveryStreamArn) => service.state.stream(deliveryStreamArn) !== undefined,
    putRecord: (request) => putRecordFromService(service, request),
  };
  return {
    operations: operations as Provider['operations'],
    api,
    close: () => {
      sources.close();
      service.close();
    },
  };
}
