import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Sts from '../../generated/sts.js';
import type { StsApi } from './api.js';
import { assumeRoleOperations, credentialsForService } from './assume-role.js';
import { authorizationMessageOperations } from './authorization-messages.js';
import { callerIdentityOperations } from './caller-identity.js';
import { modelValidationError } from './errors.js';
import { StsService } from './service.js';
import { samlOperations } from './saml.js';
import { sessionTokenOperations } from './session-tokens.js';
import { webIdentityOperations } from './web-identity.js';

/** STS: who is calling, and temporary credentials (role sessions, session and federation tokens) that later requests are identified by. */
export function createProvider(runtime: Runtime): Provider {
  const service = new StsService(runtime);
  const operations: Partial<Sts.StsOperations> = {
    ...callerIdentityOperations(service),
    ...assumeRoleOperations(service),
    ...webIdentityOperations(service),
    ...samlOperations(service),
    ...sessionTokenOperations(service),
    ...authorizationMessageOperations(),
  };
  const api: StsApi = { credentialsForService: (request) => credentialsForService(service, request) };
  return {
    operations: operations as Provider['operations'],
    api,
    validationError: (violations) => modelValidationError(violations),
    close: () => service.close(),
  };
}
