/**
 * A malformed event pattern. `reason` is the sentence AWS gives for it; each service wraps it in
 * its own error (SNS: InvalidParameter "Invalid parameter: FilterPolicy: <reason>"; EventBridge:
 * InvalidEventPatternException "Event pattern is not valid. Reason: <reason>").
 */
export class PatternError extends Error {
  constructor(
    readonly reason: string,
    /** Where in the pattern, as dotted keys (for people; AWS's own position markers are not reproduced). */
    readonly path = '',
  ) {
    super(reason);
    this.name = 'PatternError';
  }
}
