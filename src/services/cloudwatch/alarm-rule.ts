/**
 * Composite alarm rules:
 *
 *   rule    := or
 *   or      := and ('OR' and)*
 *   and     := not ('AND' not)*
 *   not     := 'NOT' not | primary
 *   primary := '(' rule ')' | 'TRUE' | 'FALSE' | STATE '(' alarm ')'
 *   STATE   := 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'
 *   alarm   := a quoted or bare alarm name or ARN
 */
export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export type RuleNode =
  | { type: 'const'; value: boolean }
  | { type: 'state'; state: AlarmState; alarm: string }
  | { type: 'not'; operand: RuleNode }
  | { type: 'and' | 'or'; left: RuleNode; right: RuleNode };

export class RuleError extends Error {}

const STATES = new Set(['ALARM', 'OK', 'INSUFFICIENT_DATA']);
/** Parentheses and NOTs nested deeper than this are refused: each level costs the parser (and evaluation) stack frames. */
const MAX_NESTING = 100;

export function parseAlarmRule(source: string): RuleNode {
  let i = 0;
  let depth = 0;
  const nest = <T>(parse: () => T): T => {
    if (++depth > MAX_NESTING) throw new RuleError(`The alarm rule nests parentheses and NOT deeper than ${MAX_NESTING} levels`);
    try {
      return parse();
    } finally {
      depth--;
    }
  };
  const skip = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const word = (): string | undefined => {
    skip();
    const match = /^[A-Za-z_]+/.exec(source.slice(i));
    return match?.[0];
  };
  const take = (text: string) => {
    skip();
    if (!source.startsWith(text, i)) throw new RuleError(`Expected '${text}' at position ${i + 1} of the alarm rule`);
    i += text.length;
  };

  const or = (): RuleNode => {
    let left = and();
    while (word()?.toUpperCase() === 'OR') {
      i += 2;
      left = { type: 'or', left, right: and() };
    }
    return left;
  };
  const and = (): RuleNode => {
    let left = not();
    while (word()?.toUpperCase() === 'AND') {
      i += 3;
      left = { type: 'and', left, right: not() };
    }
    return left;
  };
  const not = (): RuleNode => {
    if (word()?.toUpperCase() === 'NOT') {
      i += 3;
      return { type: 'not', operand: nest(not) };
    }
    return primary();
  };
  const primary = (): RuleNode => {
    skip();
    if (source[i] === '(') {
      i++;
      const inner = nest(or);
      take(')');
      return inner;
    }
    const name = word();
    if (!name) throw new RuleError(`Unexpected ${i >= source.length ? 'end of the alarm rule' : `'${source[i]}' at position ${i + 1}`}`);
    const upper = name.toUpperCase();
    i += name.length;
    if (upper === 'TRUE' || upper === 'FALSE') return { type: 'const', value: upper === 'TRUE' };
    if (!STATES.has(upper)) throw new RuleError(`Unknown function ${name} in the alarm rule`);
    take('(');
    skip();
    let alarm: string;
    if (source[i] === '"' || source[i] === "'") {
      const quote = source[i];
      const end = source.indexOf(quote, i + 1);
      if (end < 0) throw new RuleError('Unterminated alarm name in the alarm rule');
      alarm = source.slice(i + 1, end);
      i = end + 1;
    } else {
      const end = source.indexOf(')', i);
      if (end < 0) throw new RuleError('Missing ) in the alarm rule');
      alarm = source.slice(i, end).trim();
      i = end;
    }
    if (!alarm) throw new RuleError('An alarm name is missing in the alarm rule');
    take(')');
    return { type: 'state', state: upper as AlarmState, alarm };
  };

  const tree = or();
  skip();
  if (i < source.length) throw new RuleError(`Unexpected '${source[i]}' at position ${i + 1} of the alarm rule`);
  return tree;
}

/** Alarm names and ARNs the rule refers to. */
export function ruleAlarms(node: RuleNode, out = new Set<string>()): Set<string> {
  if (node.type === 'state') out.add(node.alarm);
  else if (node.type === 'not') ruleAlarms(node.operand, out);
  else if (node.type === 'and' || node.type === 'or') {
    ruleAlarms(node.left, out);
    ruleAlarms(node.right, out);
  }
  return out;
}

export function evaluateRule(node: RuleNode, stateOf: (alarm: string) => AlarmState | undefined): boolean {
  switch (node.type) {
    case 'const':
      return node.value;
    case 'state':
      return stateOf(node.alarm) === node.state;
    case 'not':
      return !evaluateRule(node.operand, stateOf);
    case 'and':
      return evaluateRule(node.left, stateOf) && evaluateRule(node.right, stateOf);
    case 'or':
      return evaluateRule(node.left, stateOf) || evaluateRule(node.right, stateOf);
  }
}
