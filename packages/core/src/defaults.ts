// The reader's defaults without TF.js, exported as @livedigits/core/defaults: a page's
// settings start where the reader does, while TF.js loads only in the reader's worker.

/** The confidence a digit needs before it is shown, unless another threshold is asked for. */
export const DEFAULT_THRESHOLD = 0.8;
