// Spoken feedback, when the teacher leaves sound on. Silent where speechSynthesis is missing.
export function speak(text: string, enabled: boolean): void {
  if (!enabled || typeof speechSynthesis === "undefined" || typeof SpeechSynthesisUtterance === "undefined") return;
  try {
    speechSynthesis.cancel(); // the newest thing to say replaces what is queued
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 0.95;
    speechSynthesis.speak(utterance);
  } catch {
    // No voice available: the screen says it all anyway.
  }
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== "undefined") speechSynthesis.cancel();
}
