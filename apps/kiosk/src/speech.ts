// Spoken feedback, when the teacher leaves sound on. Silent where speechSynthesis is missing.

/** The part of speechSynthesis the kiosk uses. */
export interface Synthesizer {
  speak(text: string): void;
  cancel(): void;
}

/** The browser's speech synthesis, or null where it has none. */
export function browserSynthesizer(): Synthesizer | null {
  if (typeof speechSynthesis === "undefined" || typeof SpeechSynthesisUtterance === "undefined") return null;
  return {
    speak(text) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.rate = 0.95;
      speechSynthesis.speak(utterance);
    },
    cancel: () => speechSynthesis.cancel(),
  };
}

export class Voice {
  readonly #enabled: () => boolean;
  readonly #synthesizer: Synthesizer | null;

  /** `enabled`: whether sound is on, read each time something is to be said. */
  constructor(enabled: () => boolean, synthesizer: Synthesizer | null = browserSynthesizer()) {
    this.#enabled = enabled;
    this.#synthesizer = synthesizer;
  }

  /** Says `text`, instead of whatever was still queued (the newest thing to say is the one that matters). */
  readonly say = (text: string): void => {
    if (!this.#synthesizer || !this.#enabled()) return;
    try {
      this.#synthesizer.cancel();
      this.#synthesizer.speak(text);
    } catch {
      // No voice available: the screen says it all anyway.
    }
  };

  /** Stops talking at once, e.g. when the teacher turns sound off. */
  stop(): void {
    this.#synthesizer?.cancel();
  }
}
