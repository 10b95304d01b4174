// What a fine or broken pen leaves of a digit can be specks, each too small to count as a
// mark: a number read without them is short of that digit. Taken together they show it.
import type { Box } from "../preprocess/locate.js";

/** Specks this close together (digit heights) are pieces of one mark. */
const SPECKS_GAP = 0.3;
/** Specks making a mark at least this tall (digit heights) … */
const SPECKLED_DIGIT_HEIGHT = 0.3;
/** … and this heavy (ink pixels per squared digit height) may be a digit the number lost; squared paper's remnants are as tall but lighter. */
const SPECKLED_DIGIT_INK = 0.007;

/**
 * Whether the specks wholly beside the number's box, on its line (more than half of each
 * within the box's rows), make a mark that may be a digit of it: grouped wherever they lie
 * within SPECKS_GAP of each other, some group SPECKLED_DIGIT_HEIGHT tall and
 * SPECKLED_DIGIT_INK heavy.
 */
export function specksMakeADigitBeside(specks: readonly (Box & { readonly area: number })[], box: Box, digitHeight: number): boolean {
  const beside = specks.filter((s) => {
    const height = s.maxY - s.minY + 1;
    const onLine = Math.min(s.maxY, box.maxY) - Math.max(s.minY, box.minY) + 1 > 0.5 * height;
    return onLine && (s.maxX < box.minX || s.minX > box.maxX);
  });
  const gap = SPECKS_GAP * digitHeight;
  const group = beside.map((_, k) => k);
  const root = (k: number): number => (group[k] === k ? k : (group[k] = root(group[k]!)));
  beside.forEach((a, i) => {
    for (let j = i + 1; j < beside.length; j++) {
      const b = beside[j]!;
      if (Math.max(0, a.minX - b.maxX, b.minX - a.maxX) <= gap && Math.max(0, a.minY - b.maxY, b.minY - a.maxY) <= gap) group[root(j)] = root(i);
    }
  });
  const marks = new Map<number, { minY: number; maxY: number; area: number }>();
  beside.forEach((s, k) => {
    const mark = marks.get(root(k));
    if (mark) marks.set(root(k), { minY: Math.min(mark.minY, s.minY), maxY: Math.max(mark.maxY, s.maxY), area: mark.area + s.area });
    else marks.set(root(k), { minY: s.minY, maxY: s.maxY, area: s.area });
  });
  return [...marks.values()].some((m) => m.maxY - m.minY + 1 >= SPECKLED_DIGIT_HEIGHT * digitHeight && m.area >= SPECKLED_DIGIT_INK * digitHeight * digitHeight);
}
