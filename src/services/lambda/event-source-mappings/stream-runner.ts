import { SourceUnavailable } from '../../../core/event-sources/source.js';
import type { StartMappingRunner } from './runner.js';

/** Kinesis and DynamoDB Streams mappings: being built (issue #18). */
export const startStreamMapping: StartMappingRunner = () => {
  throw new SourceUnavailable('Stream event source mappings are not polled yet.');
};
