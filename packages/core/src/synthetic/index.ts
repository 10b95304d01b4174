// @livedigits/core/synthetic: what the trainer, the bench and the test frames share to draw
// digits reproducibly: a seeded PRNG and the bilinear sampler of a 28×28 field. Not published.
export { Random } from "./random.js";
export { sampleDigit } from "./sample-digit.js";
