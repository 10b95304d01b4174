/**
 * A 28×28 MNIST field (row-major, ink 0…1) sampled bilinearly at (x, y) in pixel units,
 * pixel centres at integers; ink is 0 outside the field. The one sampler the trainer's
 * augmentation, the bench's Camera MNIST and the test frames draw digits with.
 */
export function sampleDigit(field: Float32Array, x: number, y: number): number {
  // Every neighbour is outside the field: 0 without the arithmetic.
  if (x < -1 || y < -1 || x > 28 || y > 28) return 0;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const wx = x - x0;
  const wy = y - y0;
  return (
    (pixelAt(field, x0, y0) * (1 - wx) + pixelAt(field, x0 + 1, y0) * wx) * (1 - wy) +
    (pixelAt(field, x0, y0 + 1) * (1 - wx) + pixelAt(field, x0 + 1, y0 + 1) * wx) * wy
  );
}

// Top-level rather than a closure: hot paths stay free of per-call function objects.
function pixelAt(field: Float32Array, x: number, y: number): number {
  return x < 0 || y < 0 || x > 27 || y > 27 ? 0 : field[y * 28 + x]!;
}
