/**
 * Where each statement of a policy's text starts and ends, as the policy simulator reports them
 * (MatchedStatements' StartPosition/EndPosition: 1-based line and column; the end is the column
 * just past the statement's closing brace).
 */
export interface StatementSpan {
  start: { Line: number; Column: number };
  end: { Line: number; Column: number };
}

/** The spans of the top-level Statement's objects, in order; empty when the text is not shaped as expected. */
export function statementSpans(text: string): StatementSpan[] {
  const spans: StatementSpan[] = [];
  let line = 1;
  let column = 1;
  let depth = 0;
  let lastString: string | undefined;
  let inStatement = false;
  let statementDepth = -1;
  let open: StatementSpan['start'] | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      // Read the whole string, escapes included, keeping line and column in step.
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          value += text[j + 1] ?? '';
          j += 2;
        } else {
          value += text[j];
          j++;
        }
      }
      column += j - i + 1;
      i = j;
      lastString = value;
      continue;
    }
    if (ch === '\n') {
      line++;
      column = 1;
      continue;
    }
    if (ch === ':' && depth === 1 && lastString === 'Statement') {
      inStatement = true;
      statementDepth = -1;
    } else if (ch === '{' || ch === '[') {
      if (inStatement && statementDepth === -1) {
        // The Statement's value: an array of statements (their depth is one deeper) or one statement.
        statementDepth = ch === '[' ? depth + 1 : depth;
      }
      if (inStatement && ch === '{' && depth === statementDepth) open = { Line: line, Column: column };
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (inStatement && ch === '}' && depth === statementDepth && open) {
        spans.push({ start: open, end: { Line: line, Column: column + 1 } });
        open = undefined;
      }
      if (inStatement && depth === 1) inStatement = false;
    } else if (ch === ',' && depth === 1) {
      lastString = undefined;
    }
    column++;
  }
  return spans;
}
