/**
 * Where a walker over a request document is, for the error that may have to
 * name it. Kept as a stack that the walker pushes and pops, and written out
 * only when an error is raised: most requests are valid, and building the
 * path string for every member they hold cost more than reading them.
 *
 * Written the way AWS names members: lowerCamel member names joined by dots,
 * list items as `.N.member` (counted from 1), anything else as given.
 */
type Segment = string | number | { text: string };

export class MemberPath {
  private readonly segments: Segment[] = [];

  /** `root` is written first, as it is (a payload member's name, or nothing). */
  constructor(private readonly root = '') {}

  /** A structure member, written lowerCamel. */
  member(name: string): void {
    this.segments.push(name);
  }

  /** A list item by its index (0-based; written 1-based). */
  item(index: number): void {
    this.segments.push(index);
  }

  /** A segment written exactly as given (map keys). */
  text(text: string): void {
    this.segments.push({ text });
  }

  leave(): void {
    this.segments.pop();
  }

  toString(): string {
    let out = this.root;
    for (const segment of this.segments) {
      const written =
        typeof segment === 'number' ? `${segment + 1}.member` : typeof segment === 'string' ? segment.charAt(0).toLowerCase() + segment.slice(1) : segment.text;
      out = out ? `${out}.${written}` : written;
    }
    return out;
  }
}
