import { createHash } from 'node:crypto';
import { itemSize, serializeItem, valuesEqual, type Item } from '../attribute-values.js';
import type { ItemChange } from '../engine.js';
import type { RecordRow, StreamRow } from './stream-state.js';

export type StreamViewType = StreamRow['view_type'];

/** A stored record, split back into its parts; images stay as stored JSON text until someone needs them. */
export interface DecodedRecord {
  seq: number;
  at: number;
  size: number;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  byService: boolean;
  keys: string;
  newImage?: string;
  oldImage?: string;
}

/** Sequence numbers are shown as 21-digit decimals (10^20 + the stored counter), so they sort as text too. */
const SEQUENCE_BASE = 10n ** 20n;

export function sequenceNumberText(seq: number): string {
  return (SEQUENCE_BASE + BigInt(seq)).toString();
}

/** The stored counter of a sequence number, or undefined when the text is not one of ours. */
export function parseSequenceNumber(text: string): number | undefined {
  if (!/^\d{21,40}$/.test(text)) return undefined;
  const value = BigInt(text) - SEQUENCE_BASE;
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(value);
}

/** Whether a MODIFY changes nothing: AWS writes no record for it. */
export function unchanged(oldImage: Item, newImage: Item): boolean {
  const names = Object.keys(newImage);
  if (names.length !== Object.keys(oldImage).length) return false;
  return names.every((name) => Object.prototype.hasOwnProperty.call(oldImage, name) && valuesEqual(oldImage[name], newImage[name]));
}

/**
 * The record to store for a change, holding what the view type keeps: the event, who made it, then
 * the keys and images as item JSON, one a line (item JSON never holds a raw newline).
 */
export function encodeRecord(change: ItemChange, viewType: StreamViewType): { blob: Buffer; size: number } {
  const withNew = (viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES') && change.newImage;
  const withOld = (viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES') && change.oldImage;
  const size = itemSize(change.keys) + (withNew ? itemSize(change.newImage!) : 0) + (withOld ? itemSize(change.oldImage!) : 0);
  const text = [
    change.eventName,
    change.userIdentity ? 'service' : '',
    serializeItem(change.keys),
    withNew ? serializeItem(change.newImage!) : '',
    withOld ? serializeItem(change.oldImage!) : '',
  ].join('\n');
  return { blob: Buffer.from(text, 'utf8'), size };
}

export function decodeRecord(row: RecordRow): DecodedRecord {
  const [eventName, identity, keys, newImage, oldImage] = row.record.toString('utf8').split('\n');
  return {
    seq: row.seq,
    at: row.at,
    size: row.size,
    eventName: eventName as DecodedRecord['eventName'],
    byService: identity === 'service',
    keys: keys!,
    newImage: newImage || undefined,
    oldImage: oldImage || undefined,
  };
}

/** A record's eventID: the same every time the record is read. */
export function eventIdOf(streamArn: string, seq: number): string {
  return createHash('md5').update(`${streamArn}\u0000${seq}`).digest('hex');
}

/** Who made a change DynamoDB made itself (TTL), as stream records say. */
export const SERVICE_IDENTITY = { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' } as const;
