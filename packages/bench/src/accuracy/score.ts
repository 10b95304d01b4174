/** Counts of one reader on one set of frames. */
export interface Tally {
  total: number;
  /** Frames where the reader named a digit (at its threshold). */
  answered: number;
  /** Frames where that digit was the right one. */
  right: number;
}

export interface Score {
  readonly count: number;
  /** Right answers over all frames. */
  readonly accuracy: number;
  /** Share of frames that yield a digit. */
  readonly coverage: number;
  /** Right answers over the frames that yield a digit; null when none did. */
  readonly precision: number | null;
}

export function emptyTally(): Tally {
  return { total: 0, answered: 0, right: 0 };
}

export function record(tally: Tally, read: number | null, label: number | null): void {
  tally.total++;
  if (read === null) return;
  tally.answered++;
  if (read === label) tally.right++;
}

export function addTallies(...tallies: Tally[]): Tally {
  return tallies.reduce((sum, t) => ({ total: sum.total + t.total, answered: sum.answered + t.answered, right: sum.right + t.right }), emptyTally());
}

export function score(tally: Tally): Score {
  return {
    count: tally.total,
    accuracy: tally.total ? tally.right / tally.total : 0,
    coverage: tally.total ? tally.answered / tally.total : 0,
    precision: tally.answered ? tally.right / tally.answered : null,
  };
}
