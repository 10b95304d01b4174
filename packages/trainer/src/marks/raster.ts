// Ink coverage on a square field: pen strokes as anti-aliased capsules, dots as discs.
import type { Point, Polyline } from "./stroke-fonts.js";

export class InkField {
  readonly data: Float32Array;

  constructor(readonly size: number) {
    this.data = new Float32Array(size * size);
  }

  /** A pen line through the points (pixel coordinates, pixel centres at +0.5), drawn with the given radius. */
  stroke(line: Polyline, radius: number, pressure = 1): void {
    if (line.length === 1) this.disc(line[0]!, radius, pressure);
    for (let k = 0; k + 1 < line.length; k++) this.segment(line[k]!, line[k + 1]!, radius, pressure);
  }

  segment([ax, ay]: Point, [bx, by]: Point, radius: number, pressure = 1): void {
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const reach = radius + 1;
    const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - reach));
    const x1 = Math.min(this.size - 1, Math.ceil(Math.max(ax, bx) + reach));
    const y0 = Math.max(0, Math.floor(Math.min(ay, by) - reach));
    const y1 = Math.min(this.size - 1, Math.ceil(Math.max(ay, by) + reach));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5 - ax;
        const py = y + 0.5 - ay;
        const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, (px * dx + py * dy) / lengthSquared));
        this.cover(x, y, pressure * coverage(Math.hypot(px - t * dx, py - t * dy), radius));
      }
    }
  }

  disc([cx, cy]: Point, radius: number, pressure = 1): void {
    const reach = radius + 1;
    for (let y = Math.max(0, Math.floor(cy - reach)); y <= Math.min(this.size - 1, Math.ceil(cy + reach)); y++) {
      for (let x = Math.max(0, Math.floor(cx - reach)); x <= Math.min(this.size - 1, Math.ceil(cx + reach)); x++) {
        this.cover(x, y, pressure * coverage(Math.hypot(x + 0.5 - cx, y + 0.5 - cy), radius));
      }
    }
  }

  /** Ink does not add up where strokes cross: the darker one wins, as with a pen. */
  private cover(x: number, y: number, ink: number): void {
    const i = y * this.size + x;
    if (ink > this.data[i]!) this.data[i] = ink;
  }
}

/** Area coverage of a pixel at this distance from a stroke's centre line; thin pens give faint lines, not gaps. */
function coverage(distance: number, radius: number): number {
  if (radius >= 0.5) return Math.min(1, Math.max(0, radius + 0.5 - distance));
  // A pen thinner than a pixel: a one-pixel-wide line as dark as the pen covers.
  return 2 * radius * Math.min(1, Math.max(0, 1 - distance));
}
