/** A region of interest in frame pixels. */
export interface Roi {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The reader's default box is a centred square of this share of the frame's shorter side. */
export const DEFAULT_BOX_SHARE = 0.4;

/** The default box: a centred square whose side is `fraction` of the frame's short side. */
export function centredSquareRoi(frameWidth: number, frameHeight: number, fraction = DEFAULT_BOX_SHARE): Roi {
  const side = Math.round(Math.min(frameWidth, frameHeight) * fraction);
  return {
    x: Math.round((frameWidth - side) / 2),
    y: Math.round((frameHeight - side) / 2),
    width: side,
    height: side,
  };
}

/** The reader's box when none is given: the centred square, or an error that blames a frame too small to hold one. */
export function defaultBox(frameWidth: number, frameHeight: number): Roi {
  const box = centredSquareRoi(frameWidth, frameHeight);
  if (!(box.width >= 1)) {
    throw new RangeError(
      `The frame is ${frameWidth}×${frameHeight}: too small for the default box, a centred square ${DEFAULT_BOX_SHARE * 100}% of its shorter side. Pass a larger frame, or a box.`,
    );
  }
  return box;
}

/**
 * The ROI as whole pixels inside the frame. Odd inputs (fractional, negative,
 * partly or wholly outside the frame) are clamped; a box with no pixels left
 * is an error, because reading it could only ever say "no digit".
 */
export function clampToFrame(roi: Roi, frameWidth: number, frameHeight: number): Roi {
  if (!(frameWidth >= 1 && frameHeight >= 1)) {
    throw new RangeError(`Frame is ${frameWidth}×${frameHeight}; it needs at least one pixel.`);
  }
  const values = [roi.x, roi.y, roi.width, roi.height];
  if (values.some((v) => !Number.isFinite(v))) {
    throw new RangeError(`ROI ${JSON.stringify(roi)} has a non-finite coordinate.`);
  }
  const x0 = Math.max(0, Math.floor(roi.x));
  const y0 = Math.max(0, Math.floor(roi.y));
  const x1 = Math.min(frameWidth, Math.ceil(roi.x + roi.width));
  const y1 = Math.min(frameHeight, Math.ceil(roi.y + roi.height));
  if (x1 - x0 < 1 || y1 - y0 < 1) {
    throw new RangeError(`ROI ${JSON.stringify(roi)} lies outside the ${frameWidth}×${frameHeight} frame.`);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
