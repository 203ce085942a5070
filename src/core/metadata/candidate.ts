// The unit every metadata source produces: a raw value and where it came from.
export interface Candidate {
  value: string;
  /** Human-readable origin shown to the user, e.g. "meta article:published_time". */
  source: string;
}
