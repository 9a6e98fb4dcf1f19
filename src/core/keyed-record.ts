/**
 * Records keyed by names a client chooses (DynamoDB attribute names, SQS message attribute
 * names). On a plain `{}` the key `__proto__` is not a key like the others: assigning it sets
 * the object's prototype (the entry is lost) and reading it where it is absent finds
 * Object.prototype. These two keep it an ordinary key.
 */

/** The record's own value for `key`, never an inherited one (Object.prototype for `__proto__`). */
export function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Own-property assignment, `__proto__` included. */
export function setOwnValue<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
