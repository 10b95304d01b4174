// Working buffers kept from one frame to the next, each for one step's own use.

type TypedArray = Float32Array | Float64Array | Int32Array | Uint8Array;

/**
 * A typed array kept from one call to the next for one step's working values. A browser keeps a
 * typed array's memory outside the JS heap, and a reader that took several fresh ones every frame
 * spent much of its time getting that memory and first writing into it (Chromium's profile shows
 * it; Node hardly does). Each buffer belongs to one step, which runs to its end before anything
 * else can run (every step is synchronous) and never hands it on: what a step returns is fresh.
 * It grows to the largest size asked for and stays that size.
 */
export class Scratch<T extends TypedArray> {
  #buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.#buffer = make(0);
  }

  /** `length` values, as the step's last use left them: for a step that writes every one before reading it. */
  take(length: number): T {
    if (this.#buffer.length < length) this.#buffer = this.make(length);
    return this.#buffer.subarray(0, length) as T;
  }

  /** `length` values, all zero. */
  zeroed(length: number): T {
    const values = this.take(length);
    values.fill(0);
    return values;
  }
}
