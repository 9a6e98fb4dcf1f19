import type { ServiceAddressing } from '../../core/runtime.js';

/** Function URLs are hosts of their own: `<url-id>.lambda-url.<region>.localhost`. */
export const lambdaAddressing: ServiceAddressing = {
  service: 'lambda',
  claimsHost: (host) => host.split('.')[1] === 'lambda-url',
};
