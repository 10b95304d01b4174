// Half-precision weights: the number model ships its weights as IEEE 754 binary16, which
// TF.js decodes on load (a weight spec's `quantization: { dtype: "float16" }`), to halve
// the bytes both models spend of their shared budget.

const scratch = new Float32Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

/** The binary16 bits nearest `value` (ties to even); beyond the half range, ±Infinity; NaN stays NaN. */
export function float16Bits(value: number): number {
  scratch[0] = value;
  const bits = scratchBits[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 0x1f) return sign | 0x7c00;
  if (halfExponent <= 0) {
    // Subnormal half (or zero): the implicit 1 joins the mantissa, shifted down.
    if (halfExponent < -10) return sign;
    const full = mantissa | 0x800000;
    const shift = 14 - halfExponent;
    return sign | roundShift(full, shift);
  }
  // A mantissa that rounds up past 0x3ff carries into the exponent, which is what the bits want.
  return sign | ((halfExponent << 10) + roundShift(mantissa, 13));
}

/** `value >> shift`, rounded to nearest with ties to even. */
function roundShift(value: number, shift: number): number {
  const kept = value >>> shift;
  const rest = value - kept * 2 ** shift;
  const half = 2 ** (shift - 1);
  return rest > half || (rest === half && kept & 1) ? kept + 1 : kept;
}

/** The value binary16 bits stand for. */
export function float16Value(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** Each value as the nearest binary16 number, back in float32: what a model reads from its half-precision weights. */
export function roundToFloat16(values: Float32Array): Float32Array {
  return values.map((v) => float16Value(float16Bits(v)));
}

/** float32 values as binary16, little-endian (as TF.js reads weights). */
export function encodeFloat16(values: Float32Array): Uint8Array {
  const out = new DataView(new ArrayBuffer(values.length * 2));
  values.forEach((v, i) => out.setUint16(i * 2, float16Bits(v), true));
  return new Uint8Array(out.buffer);
}
