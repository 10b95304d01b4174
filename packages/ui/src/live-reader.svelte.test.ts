import type { Reading } from "@livedigits/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveReader } from "./live-reader.svelte.js";
import { normalisedRoi } from "./roi-geometry.js";
import { FakeVideo, FakeWorker, fakeBitmap, settle, stubWorkerApis } from "./testing/fake-browser.js";

const BOX = normalisedRoi({ x: 0.25, y: 0.25, width: 0.5, height: 0.5 });

function reading(digit: number | null): Reading {
  return {
    digit,
    confidence: digit === null ? 0 : 0.99,
    probabilities: new Array<number>(10).fill(0.01),
    polarity: "dark-on-light",
    state: digit === null ? "no-digit" : "digit",
    modelInput: null,
    timestamp: 0,
  } as unknown as Reading;
}

let worker: FakeWorker;

function readyReader(): LiveReader {
  const reader = new LiveReader({ model: "/model/model.json", wasmPaths: "/wasm/" });
  worker = FakeWorker.latest();
  worker.reply({ type: "ready", backend: "wasm" });
  return reader;
}

/** The id of the last frame sent to the worker. */
function lastReadId(): number {
  const reads = worker.sent("read");
  const last = reads.at(-1);
  if (!last) throw new Error("No frame was sent to the worker.");
  return last.id;
}

beforeEach(() => {
  stubWorkerApis();
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.instances.length = 0;
});

describe("LiveReader", () => {
  it("starts the worker with the model, the wasm folder, the backend and the settings", () => {
    new LiveReader({ model: "/m/model.json", wasmPaths: "/w/", backend: "cpu", settings: { threshold: 0.9 } });
    expect(FakeWorker.latest().sent("init")).toEqual([
      { type: "init", config: { model: "/m/model.json", wasmPaths: "/w/", backend: "cpu", settings: { threshold: 0.9 } } },
    ]);
  });

  it("is loading until the worker is ready, then says which backend runs", () => {
    const reader = new LiveReader({ model: "/model/model.json", wasmPaths: "/wasm/" });
    expect(reader.status).toBe("loading");
    FakeWorker.latest().reply({ type: "ready", backend: "webgl" });
    expect([reader.status, reader.backend]).toEqual(["ready", "webgl"]);
  });

  it("sends new settings under the one name the worker and core use", () => {
    readyReader().setOptions({ threshold: 0.7, polarity: "light-on-dark" });
    expect(worker.sent("setOptions")).toEqual([{ type: "setOptions", options: { threshold: 0.7, polarity: "light-on-dark" } }]);
  });

  it("says why when the model fails or the worker's script cannot load", () => {
    const reader = readyReader();
    worker.reply({ type: "failed", message: "The model file is corrupt." });
    expect([reader.status, reader.error]).toEqual(["failed", "The model file is corrupt."]);

    const other = new LiveReader({ model: "/model/model.json", wasmPaths: "/wasm/" });
    FakeWorker.latest().crash("");
    expect(other.error).toBe("The reader could not start: its script failed to load.");
  });

  describe("reading a video", () => {
    it("keeps one frame in flight and drops, never queues, the frames that arrive meanwhile", async () => {
      const reader = readyReader();
      const video = new FakeVideo();
      reader.watch(video.asVideo(), () => BOX);

      video.present();
      await settle();
      expect(worker.sent("read")).toHaveLength(1);
      video.present();
      video.present();
      await settle();
      expect(worker.sent("read")).toHaveLength(1);
      expect([reader.framesSeen, reader.framesSkipped]).toEqual([3, 2]);

      worker.reply({ type: "reading", id: lastReadId(), reading: reading(7), ms: 3 });
      expect(reader.reading?.digit).toBe(7);
      video.present();
      await settle();
      expect(worker.sent("read")).toHaveLength(2);
      expect([reader.framesSeen, reader.framesSkipped, reader.readingsDone]).toEqual([4, 2, 1]);
    });

    it("counts the frames a busy page was never called back for as skipped", async () => {
      const reader = readyReader();
      const video = new FakeVideo();
      reader.watch(video.asVideo(), () => BOX);
      video.present();
      await settle();
      worker.reply({ type: "reading", id: lastReadId(), reading: reading(1), ms: 3 });
      video.present(4); // four new frames, one callback
      await settle();
      expect([reader.framesSeen, reader.framesSkipped]).toEqual([5, 3]);
    });

    it("sends the box in frame pixels, read when the frame arrives", async () => {
      const reader = readyReader();
      const video = new FakeVideo();
      let box = BOX;
      reader.watch(video.asVideo(), () => box);
      box = normalisedRoi({ x: 0, y: 0, width: 0.5, height: 0.25 });
      video.present();
      await settle();
      expect(worker.sent("read")[0]).toMatchObject({ region: { x: 0, y: 0, width: 320, height: 120 }, still: false });
    });

    it("sends a box with the area to search around it in frame pixels", async () => {
      const reader = readyReader();
      const video = new FakeVideo();
      reader.watch(video.asVideo(), () => ({ box: BOX, searchIfRefused: normalisedRoi({ x: 0, y: 0, width: 1, height: 1 }) }));
      video.present();
      await settle();
      const region = { box: { x: 160, y: 120, width: 320, height: 240 }, searchIfRefused: { x: 0, y: 0, width: 640, height: 480 } };
      expect(worker.sent("read")[0]).toMatchObject({ region, still: false });
    });

    it("offers no frame to a reader that is not ready", async () => {
      const reader = new LiveReader({ model: "/model/model.json", wasmPaths: "/wasm/" });
      worker = FakeWorker.latest();
      const video = new FakeVideo();
      reader.watch(video.asVideo(), () => BOX);
      video.present();
      await settle();
      expect(worker.sent("read")).toEqual([]);
      expect(reader.framesSeen).toBe(0);
    });

    it("ignores a reading of a frame sent before it stopped watching: it is about a picture no longer shown", async () => {
      const reader = readyReader();
      const video = new FakeVideo();
      const stop = reader.watch(video.asVideo(), () => BOX);
      video.present();
      await settle();
      const staleId = lastReadId();
      stop();
      expect(video.waiting).toBe(0);

      worker.reply({ type: "reading", id: staleId, reading: reading(3), ms: 3 });
      expect(reader.reading).toBeNull();
      expect(reader.readingsDone).toBe(0);

      // The frame in flight is answered, so the next video is read at once.
      reader.watch(video.asVideo(), () => BOX);
      video.present();
      await settle();
      worker.reply({ type: "reading", id: lastReadId(), reading: reading(4), ms: 3 });
      expect(reader.reading?.digit).toBe(4);
    });

    it("ignores an error about a stale frame, and clears a read error with the next reading", async () => {
      const reader = readyReader();
      const video = new FakeVideo();
      const stop = reader.watch(video.asVideo(), () => BOX);
      video.present();
      await settle();
      worker.reply({ type: "read-error", id: lastReadId(), message: "No picture yet." });
      expect(reader.readError).toBe("No picture yet.");
      video.present();
      await settle();
      worker.reply({ type: "reading", id: lastReadId(), reading: reading(2), ms: 3 });
      expect(reader.readError).toBeNull();
      video.present();
      await settle();
      stop();
      worker.reply({ type: "read-error", id: lastReadId(), message: "Too late." });
      expect(reader.readError).toBeNull();
    });
  });

  describe("reading a still picture", () => {
    it("reads a copy of the picture, marked still, and leaves the caller's image open", async () => {
      const reader = readyReader();
      const photo = fakeBitmap(800, 600);
      reader.readStill(photo as unknown as ImageBitmap, BOX);
      await settle();
      expect(worker.sent("read")).toEqual([expect.objectContaining({ still: true, region: { x: 200, y: 150, width: 400, height: 300 } })]);
      expect(photo.closed).toBe(false);
      worker.reply({ type: "reading", id: lastReadId(), reading: reading(5), ms: 3 });
      expect(reader.reading?.digit).toBe(5);
    });

    it("searches the whole picture when asked to", async () => {
      readyReader().readStill(fakeBitmap(800, 600) as unknown as ImageBitmap, "auto");
      await settle();
      expect(worker.sent("read")).toEqual([expect.objectContaining({ still: true, region: "auto" })]);
    });

    it("waits for the frame in flight, drops its reading, and reads only the newest picture", async () => {
      const reader = readyReader();
      const video = new FakeVideo();
      reader.watch(video.asVideo(), () => BOX);
      video.present();
      await settle();
      const videoFrameId = lastReadId();
      reader.readStill(fakeBitmap(100, 100) as unknown as ImageBitmap, BOX);
      reader.readStill(fakeBitmap(200, 100) as unknown as ImageBitmap, BOX);
      await settle();
      expect(worker.sent("read")).toHaveLength(1);

      worker.reply({ type: "reading", id: videoFrameId, reading: reading(8), ms: 3 });
      await settle();
      expect(reader.reading).toBeNull();
      expect(worker.sent("read")).toHaveLength(2);
      expect(worker.sent("read")[1]).toMatchObject({ still: true, region: { width: 100, height: 50 } });
    });

    it("waits for the model before reading a picture opened early", async () => {
      const reader = new LiveReader({ model: "/model/model.json", wasmPaths: "/wasm/" });
      worker = FakeWorker.latest();
      reader.readStill(fakeBitmap(100, 100) as unknown as ImageBitmap, BOX);
      await settle();
      expect(worker.sent("read")).toEqual([]);
      worker.reply({ type: "ready", backend: "cpu" });
      await settle();
      expect(worker.sent("read")).toHaveLength(1);
    });

    it("forgets a picture still waiting when cleared, so closing it then is safe", async () => {
      const reader = readyReader();
      const video = new FakeVideo();
      reader.watch(video.asVideo(), () => BOX);
      video.present();
      await settle();
      const photo = fakeBitmap(100, 100);
      reader.readStill(photo as unknown as ImageBitmap, BOX);
      reader.clear();
      photo.close();
      worker.reply({ type: "reading", id: lastReadId(), reading: reading(8), ms: 3 });
      await settle();
      expect(worker.sent("read")).toHaveLength(1);
      expect(reader.readError).toBeNull();
    });
  });

  it("clear() forgets the reading; dispose() ends the worker", async () => {
    const reader = readyReader();
    reader.readStill(fakeBitmap(100, 100) as unknown as ImageBitmap, BOX);
    await settle();
    worker.reply({ type: "reading", id: lastReadId(), reading: reading(6), ms: 3 });
    expect(reader.reading?.digit).toBe(6);
    reader.clear();
    expect(reader.reading).toBeNull();
    reader.dispose();
    expect(worker.terminated).toBe(true);
  });
});
