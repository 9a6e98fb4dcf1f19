import { openToken, sealToken } from '../../core/pagination.js';
import type * as Sts from '../../generated/sts.js';
import { invalidAuthorizationMessage } from './errors.js';

/**
 * Encoded authorization failure messages: services that answer a denial with "Encoded
 * authorization failure message: …" (EC2's UnauthorizedOperation and the like) encode the
 * details with encodeAuthorizationMessage; DecodeAuthorizationMessage gives them back as the JSON
 * AWS documents. The encoding is sealed (a message edited or made up is refused), not secret.
 */

export interface AuthorizationMessageDetails {
  allowed: boolean;
  explicitDeny: boolean;
  /** The statements that decided, as the policy engine reports them. */
  matchedStatements: Array<Record<string, unknown>>;
  failures: Array<Record<string, unknown>>;
  principal: { id: string; arn: string; name?: string };
  action: string;
  resource: string;
  /** Condition keys the request carried. */
  conditions: Record<string, string | string[]>;
}

const PURPOSE = 'sts:authorization-message';

export function encodeAuthorizationMessage(details: AuthorizationMessageDetails): string {
  const decoded = {
    allowed: details.allowed,
    explicitDeny: details.explicitDeny,
    matchedStatements: { items: details.matchedStatements },
    failures: { items: details.failures },
    context: {
      principal: { id: details.principal.id, ...(details.principal.name !== undefined ? { name: details.principal.name } : {}), arn: details.principal.arn },
      action: details.action,
      resource: details.resource,
      conditions: { items: Object.entries(details.conditions).map(([key, value]) => ({ key, values: { items: (Array.isArray(value) ? value : [value]).map((v) => ({ value: v })) } })) },
    },
  };
  return sealToken(PURPOSE, decoded).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function authorizationMessageOperations(): Partial<Sts.StsOperations> {
  return {
    DecodeAuthorizationMessage(input) {
      const decoded = openToken(PURPOSE, input.EncodedMessage.replace(/-/g, '+').replace(/_/g, '/'));
      if (decoded === undefined) throw invalidAuthorizationMessage('The encoded authorization message is invalid.');
      return { DecodedMessage: JSON.stringify(decoded) };
    },
  };
}
