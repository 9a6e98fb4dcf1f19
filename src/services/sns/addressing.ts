import type { ServiceAddressing } from '../../core/runtime.js';

/** Where SNS serves its signing certificate, as AWS names it: /SimpleNotificationService-<id>.pem (unsigned GETs). */
export const SIGNING_CERT_PATH = /^\/SimpleNotificationService-[0-9a-f]{32}\.pem$/;

export const snsAddressing: ServiceAddressing = {
  service: 'sns',
  claimsPath: (path) => SIGNING_CERT_PATH.test(path),
};
