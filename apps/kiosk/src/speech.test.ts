import { describe, expect, it } from "vitest";
import { Voice, type Synthesizer } from "./speech.js";

/** Records what would be heard: the queue, emptied by cancel. */
class Recorder implements Synthesizer {
  queue: string[] = [];
  speak(text: string): void {
    this.queue.push(text);
  }
  cancel(): void {
    this.queue = [];
  }
}

describe("Voice", () => {
  it("says the newest sentence instead of what was queued, and only while sound is on", () => {
    const recorder = new Recorder();
    let sound = true;
    const voice = new Voice(() => sound, recorder);
    voice.say("Show me a 7.");
    voice.say("Right! That is a 7.");
    expect(recorder.queue).toEqual(["Right! That is a 7."]);
    sound = false;
    voice.say("Show me a 2.");
    expect(recorder.queue).toEqual(["Right! That is a 7."]);
    voice.stop();
    expect(recorder.queue).toEqual([]);
  });

  it("stays silent without speech synthesis, or when it throws", () => {
    expect(() => new Voice(() => true, null).say("Hello")).not.toThrow();
    const broken: Synthesizer = { speak: () => { throw new Error("no voice"); }, cancel: () => {} };
    expect(() => new Voice(() => true, broken).say("Hello")).not.toThrow();
  });
});
