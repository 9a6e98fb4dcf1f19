import { compilePattern, PatternError, type CompiledPattern } from '../../core/event-pattern/index.js';
import { invalidParameter } from './errors.js';
import type { MessageAttributes } from './message-attributes.js';

/** SNS's limits on a filter policy: 5 keys, 150 value combinations, 256 KB of text. */
const LIMITS = { maxKeys: 5, maxCombinations: 150 };
const MAX_POLICY_BYTES = 256 * 1024;

export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** Validates a FilterPolicy attribute, with SNS's wording of the engine's reasons. */
export function compileFilterPolicy(text: string): CompiledPattern {
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES) throw invalidParameter('FilterPolicy: Filter policy is too large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidParameter('FilterPolicy: failed to parse JSON.');
  }
  try {
    return compilePattern(parsed, LIMITS);
  } catch (error) {
    if (error instanceof PatternError) throw invalidParameter(`FilterPolicy: ${error.reason ?? error.message}`);
    throw error;
  }
}

/** What one publish offers to every subscription's filter: both views, each made at most once. */
export class FilterSubject {
  private attributesView: Record<string, unknown> | undefined;
  private bodyView: { value: unknown } | undefined;

  constructor(private readonly message: string, private readonly attributes: MessageAttributes) {}

  /** String → string, Number → number, String.Array → its array; Binary is not matched. */
  attributesObject(): Record<string, unknown> {
    if (!this.attributesView) {
      const view: Record<string, unknown> = {};
      for (const [name, attribute] of Object.entries(this.attributes)) {
        const type = attribute.DataType.split('.')[0];
        if (attribute.DataType === 'String.Array') {
          try {
            view[name] = JSON.parse(attribute.StringValue ?? '[]');
          } catch {
            // validated at publish: cannot happen
          }
        } else if (type === 'Number') view[name] = Number(attribute.StringValue);
        else if (type === 'String') view[name] = attribute.StringValue;
      }
      this.attributesView = view;
    }
    return this.attributesView;
  }

  /** The message parsed as JSON, once; undefined when it is not a JSON object (then nothing matches). */
  body(): unknown {
    if (!this.bodyView) {
      let value: unknown;
      try {
        value = JSON.parse(this.message);
      } catch {
        value = undefined;
      }
      this.bodyView = { value };
    }
    return this.bodyView.value;
  }
}

/** Compiled filter policies, cached by their text: a publish to many subscriptions compiles each once. */
export class FilterPolicies {
  private readonly cache = new Map<string, CompiledPattern>();

  matches(policy: string | undefined, scope: string | undefined, subject: FilterSubject): boolean {
    if (!policy) return true;
    let compiled = this.cache.get(policy);
    if (!compiled) {
      try {
        compiled = compileFilterPolicy(policy);
      } catch {
        return false;
      }
      if (this.cache.size > 1000) this.cache.clear();
      this.cache.set(policy, compiled);
    }
    return compiled.matches(scope === 'MessageBody' ? subject.body() : subject.attributesObject());
  }
}
