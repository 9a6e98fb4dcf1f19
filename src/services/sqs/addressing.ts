import type { ServiceAddressing } from '../../core/runtime.js';

/** A query-protocol call may be posted to its queue's URL, `/<account>/<queue>`, unsigned. */
export const sqsAddressing: ServiceAddressing = {
  service: 'sqs',
  claimsPath: (path, contentType) => /^\/\d{12}\/[^/]+\/?$/.test(path) && contentType.startsWith('application/x-www-form-urlencoded'),
};
