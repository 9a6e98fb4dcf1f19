/**
 * Filter-pattern globs (`4*`, `*error*`, `ab*cd*ef`): `*` stands for any run
 * of characters, everything else is literal, and the glob must cover the
 * whole value. With `*` the only wildcard, matching each middle piece at its
 * leftmost place is never wrong, so one pass with indexOf decides it: no
 * backtracking, and no regex engine's per-call cost on short values.
 */
export interface Glob {
  test(text: string): boolean;
}

export function compileGlob(glob: string): Glob {
  const pieces = glob.split('*');
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const middle = pieces.slice(1, -1).filter((piece) => piece !== '');
  const fixed = first.length + last.length;
  return {
    test(text) {
      if (text.length < fixed || !text.startsWith(first) || !text.endsWith(last)) return false;
      let at = first.length;
      const end = text.length - last.length;
      for (const piece of middle) {
        const found = text.indexOf(piece, at);
        if (found < 0 || found + piece.length > end) return false;
        at = found + piece.length;
      }
      return true;
    },
  };
}
