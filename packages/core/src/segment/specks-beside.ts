// What a fine or broken pen leaves of a digit can be specks, each too small to count as a
// mark: a number read without them is short of that digit. Taken together they show it.
import type { Box } from "../preprocess/locate.js";
import { groupLinked } from "./segmentation.js";

/** Specks this close together (digit heights) are pieces of one mark. */
const SPECKS_GAP = 0.3;
/** Specks making a mark at least this tall (digit heights) … */
const SPECKLED_DIGIT_HEIGHT = 0.3;
/** … and this heavy (ink pixels per squared digit height) may be a digit the number lost; squared paper's remnants are as tall but lighter. */
const SPECKLED_DIGIT_INK = 0.007;

/** Whether a mark lies on the line of the number's box: more than half of its height within the box's rows. */
export function liesOnLine(mark: Box, box: Box): boolean {
  return Math.min(mark.maxY, box.maxY) - Math.max(mark.minY, box.minY) + 1 > 0.5 * (mark.maxY - mark.minY + 1);
}

/**
 * Whether the specks wholly beside the number's box, on its line, make a mark that may be a
 * digit of it: grouped wherever they lie within SPECKS_GAP of each other across and up or
 * down, some group SPECKLED_DIGIT_HEIGHT tall and SPECKLED_DIGIT_INK heavy.
 */
export function specksMakeADigitBeside(specks: readonly (Box & { readonly area: number })[], box: Box, digitHeight: number): boolean {
  const beside = specks.filter((s) => liesOnLine(s, box) && (s.maxX < box.minX || s.minX > box.maxX));
  const gap = SPECKS_GAP * digitHeight;
  const marks = groupLinked(
    beside.map((s) => ({ box: s, members: [s.area] })),
    (a, b) => Math.max(0, a.minX - b.maxX, b.minX - a.maxX) <= gap && Math.max(0, a.minY - b.maxY, b.minY - a.maxY) <= gap,
  );
  return marks.some(({ box: m, members }) => m.maxY - m.minY + 1 >= SPECKLED_DIGIT_HEIGHT * digitHeight && members.reduce((sum, area) => sum + area, 0) >= SPECKLED_DIGIT_INK * digitHeight * digitHeight);
}
