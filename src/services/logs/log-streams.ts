import { decodePageToken, encodePageToken, isAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import { alreadyExists, invalidParameter, invalidToken } from './errors.js';
import { sequenceToken } from './event-ids.js';
import { streamArn, type LogsService } from './service.js';
import type { GroupRow, StreamRow } from './state.js';

/** Log streams: create, delete, and describe by name or by last event time. */
export function logStreamOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  function describeStream(group: GroupRow, stream: StreamRow): Logs.LogStream {
    return {
      logStreamName: stream.name,
      creationTime: stream.createdAt,
      firstEventTimestamp: stream.firstEvent ?? undefined,
      lastEventTimestamp: stream.lastEvent ?? undefined,
      lastIngestionTime: stream.lastIngestion ?? undefined,
      uploadSequenceToken: sequenceToken(stream),
      arn: streamArn(group, stream),
      storedBytes: 0,
    };
  }

  return {
    CreateLogStream(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      if (state.stream(group.id, input.logStreamName)) throw alreadyExists('The specified log stream already exists');
      state.createStream(group.id, input.logStreamName, service.clock.now());
    },

    DeleteLogStream(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      state.deleteStream(service.requireStream(group, input.logStreamName).id);
    },

    DescribeLogStreams(input, context) {
      const group = service.requireGroup(context, input.logGroupName, input.logGroupIdentifier);
      const orderBy = input.orderBy ?? 'LogStreamName';
      if (orderBy === 'LastEventTime' && input.logStreamNamePrefix) throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
      let streams = state.streams(group.id).filter((s) => !input.logStreamNamePrefix || s.name.startsWith(input.logStreamNamePrefix));
      const byName = (a: StreamRow, b: StreamRow) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      if (orderBy === 'LastEventTime') streams.sort((a, b) => (a.lastEvent ?? 0) - (b.lastEvent ?? 0) || byName(a, b));
      else streams.sort(byName);
      if (input.descending) streams = streams.reverse();
      // The order is not by key, so the token names the last stream given (by id) and the page goes on after it.
      const key = (s: StreamRow) => String(s.id);
      let offset = 0;
      if (input.nextToken) {
        const after = decodePageToken(input.nextToken, isAfterKey, invalidToken).after;
        offset = streams.findIndex((s) => key(s) === after) + 1;
        if (offset === 0) throw invalidToken();
      }
      const limit = input.limit ?? 50;
      const chosen = streams.slice(offset, offset + limit);
      return {
        logStreams: chosen.map((s) => describeStream(group, s)),
        nextToken: offset + limit < streams.length ? encodePageToken({ after: key(chosen[chosen.length - 1]) }) : undefined,
      };
    },
  };
}
