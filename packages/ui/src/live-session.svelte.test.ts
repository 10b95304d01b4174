import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Reading, Roi } from "@livedigits/core";
import { LiveSession, type CameraStart, type LiveSessionOptions } from "./live-session.svelte.js";
import { defaultRoi, normalisedRoi } from "./roi-geometry.js";
import { DEFAULT_LIVE_SETTINGS, type LiveSettings } from "./settings-fields.js";
import {
  FakeDocument,
  FakeMediaDevices,
  FakePermissionStatus,
  FakeVideo,
  FakeWorker,
  fakeBitmap,
  settle,
  stubWorkerApis,
} from "./testing/fake-browser.js";

/** An app's settings store, in memory. */
class MemoryStore {
  value = $state.raw<Partial<LiveSettings>>({});
  readonly updates: Partial<LiveSettings>[] = [];

  constructor(initial: Partial<LiveSettings> = {}) {
    this.value = initial;
  }

  update(patch: Partial<LiveSettings>): void {
    this.value = { ...this.value, ...patch };
    this.updates.push(patch);
  }
}

const SAVED_BOX = normalisedRoi({ x: 0.1, y: 0.2, width: 0.3, height: 0.4 });
const WHOLE_PICTURE = normalisedRoi({ x: 0, y: 0, width: 1, height: 1 });

/** A reading of `digit` as the worker sends it: the box it read and the ink it found there, in frame pixels. */
function readingOf(digit: number | null, box: Roi, inkBox: Roi | null = null): Reading {
  return { digit, state: digit === null ? "no-digit" : "digit", box, inkBox } as Partial<Reading> as Reading;
}

function photo(width: number, height: number): ImageBitmap {
  return fakeBitmap(width, height) as unknown as ImageBitmap;
}
let media: FakeMediaDevices;
let permission: FakePermissionStatus;
let cleanups: (() => void)[] = [];

beforeEach(() => {
  media = new FakeMediaDevices();
  permission = new FakePermissionStatus("prompt");
  stubWorkerApis();
  vi.stubGlobal("window", { isSecureContext: true });
  vi.stubGlobal("document", new FakeDocument());
  vi.stubGlobal("navigator", { mediaDevices: media, permissions: { query: async () => permission } });
});

afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
  vi.unstubAllGlobals();
  FakeWorker.instances.length = 0;
});

async function connectedSession(
  store = new MemoryStore(),
  start: CameraStart = "manual",
  options: Partial<LiveSessionOptions> = {},
): Promise<{ session: LiveSession; worker: FakeWorker; store: MemoryStore }> {
  const session = new LiveSession({ settings: store, base: "/app/", backend: "wasm", start, ...options });
  const worker = FakeWorker.latest();
  cleanups.push(session.connect());
  flushSync();
  await settle();
  worker.reply({ type: "ready", backend: "wasm" });
  return { session, worker, store };
}

/** The session's camera running, its picture 640×480 in the bound video. */
async function live(session: LiveSession): Promise<FakeVideo> {
  const video = new FakeVideo();
  await session.camera.start();
  session.video = video.asVideo();
  session.frameWidth = 640;
  session.frameHeight = 480;
  flushSync();
  return video;
}

describe("LiveSession", () => {
  it("loads both models and wasm from the app's base, with its settings over the shared defaults", () => {
    const session = new LiveSession({ settings: new MemoryStore({ threshold: 0.9 }), base: "/app/", backend: "cpu" });
    expect(FakeWorker.latest().sent("init")).toEqual([
      {
        type: "init",
        config: { model: "/app/model/model.json", numberModel: "/app/model/number/model.json", wasmPaths: "/app/wasm/", backend: "cpu", settings: { threshold: 0.9, polarity: "auto", smoothing: true, maxDigits: 6 } },
      },
    ]);
    expect(session.settings).toEqual({ ...DEFAULT_LIVE_SETTINGS, threshold: 0.9 });
  });

  it("sends a changed setting to the reader, but not when only the box moves", async () => {
    const { session, worker } = await connectedSession();
    const sent = () => worker.sent("setOptions").map((message) => message.options);
    expect(sent()).toEqual([{ threshold: 0.8, polarity: "auto", smoothing: true, maxDigits: 6 }]);
    session.update({ threshold: 0.6 });
    flushSync();
    session.moveBox(SAVED_BOX);
    flushSync();
    session.update({ maxDigits: 1 });
    flushSync();
    expect(sent()).toEqual([
      { threshold: 0.8, polarity: "auto", smoothing: true, maxDigits: 6 },
      { threshold: 0.6, polarity: "auto", smoothing: true, maxDigits: 6 },
      { threshold: 0.6, polarity: "auto", smoothing: true, maxDigits: 1 },
    ]);
  });

  it("reads the default box for the camera's frame until one is saved, and saves the box moved", async () => {
    const { session, store } = await connectedSession();
    session.frameWidth = 640;
    session.frameHeight = 480;
    expect(session.box).toEqual(defaultRoi(640, 480, 6));
    session.moveBox(SAVED_BOX);
    expect(store.updates).toEqual([{ roi: SAVED_BOX }]);
    expect(session.box).toEqual(SAVED_BOX);
    session.resetBox();
    expect(session.box).toEqual(defaultRoi(640, 480, 6));
  });

  it("shapes the default box for a short number, wider than tall, and for one digit as a square", async () => {
    const { session } = await connectedSession();
    session.frameWidth = 640;
    session.frameHeight = 480;
    expect(session.box.width * 640).toBeCloseTo(2 * session.box.height * 480, 6);
    session.update({ maxDigits: 1 });
    flushSync();
    expect(session.box.width * 640).toBeCloseTo(session.box.height * 480, 6);
    expect(session.box).toEqual(defaultRoi(640, 480));
  });

  it("remembers the camera chosen and starts it", async () => {
    const { session, store } = await connectedSession();
    session.chooseCamera("back");
    await settle();
    expect(store.value.cameraId).toBe("back");
    expect(session.camera.activeDeviceId).toBe("back");
  });

  it("switches to the other camera in one step, and remembers it", async () => {
    const { session, store } = await connectedSession();
    await session.camera.start();
    session.switchCamera();
    await settle();
    expect([store.value.cameraId, session.camera.activeDeviceId]).toEqual(["back", "back"]);
    session.switchCamera();
    await settle();
    expect([store.value.cameraId, session.camera.activeDeviceId]).toEqual(["front", "front"]);
  });

  it("reads camera frames in the camera's box while live, and shows no reading when not", async () => {
    const { session, worker } = await connectedSession(new MemoryStore({ roi: SAVED_BOX }));
    expect(session.live).toBe(false);
    const video = await live(session);
    expect(session.live).toBe(true);
    video.present();
    await settle();
    expect(worker.sent("read")).toEqual([expect.objectContaining({ still: false, region: { x: 64, y: 96, width: 192, height: 192 } })]);
    worker.reply({ type: "reading", id: worker.sent("read")[0]!.id, reading: readingOf(4, { x: 64, y: 96, width: 192, height: 192 }), ms: 2 });
    expect(session.reading?.digit).toBe(4);

    session.camera.stop();
    flushSync();
    expect(session.reading).toBeNull();
    expect(session.reader.reading).toBeNull();
  });

  it("reads the camera's box, and around it where it holds no digit, when given a search margin, as the kiosk does", async () => {
    const { session, worker } = await connectedSession(new MemoryStore({ roi: SAVED_BOX }), "manual", { searchMargin: 0.5 });
    const video = await live(session);
    video.present();
    await settle();
    // Around: SAVED_BOX grown by half its size each side, stopped by the frame's top and left edges.
    const region = { box: { x: 64, y: 96, width: 192, height: 192 }, searchIfRefused: { x: 0, y: 0, width: 352, height: 384 } };
    expect(worker.sent("read")).toEqual([expect.objectContaining({ still: false, region })]);
    expect(session.box).toEqual(SAVED_BOX);
  });

  it("refuses a search margin that is not a share of the box", () => {
    expect(() => new LiveSession({ settings: new MemoryStore(), searchMargin: -0.5 })).toThrow(RangeError);
  });

  it("gives the digit's ink as shares of the picture read, and none when the model did not run", async () => {
    const { session, worker } = await connectedSession();
    const video = await live(session);
    video.present();
    await settle();
    const box = { x: 256, y: 96, width: 192, height: 192 };
    worker.reply({ type: "reading", id: worker.sent("read").at(-1)!.id, reading: readingOf(1, box, { x: 320, y: 120, width: 64, height: 96 }), ms: 2 });
    expect(session.inkBox).toEqual({ x: 0.5, y: 0.25, width: 0.1, height: 0.2 });
    video.present();
    await settle();
    worker.reply({ type: "reading", id: worker.sent("read").at(-1)!.id, reading: readingOf(null, box), ms: 2 });
    expect(session.inkBox).toBeNull();
  });

  describe("starting the camera by itself", () => {
    it("at once, for a kiosk", async () => {
      const { session } = await connectedSession(new MemoryStore(), "at-once");
      expect(session.camera.state).toBe("running");
    });

    it("where it is allowed already, for a return visit", async () => {
      permission.state = "granted";
      const { session } = await connectedSession(new MemoryStore(), "if-allowed");
      expect(session.camera.state).toBe("running");
    });

    it("not while the page is hidden (opened in a background tab), but as soon as it is shown", async () => {
      const page = new FakeDocument();
      page.visibilityState = "hidden";
      vi.stubGlobal("document", page);
      permission.state = "granted";
      const kiosk = await connectedSession(new MemoryStore(), "at-once");
      const returning = await connectedSession(new MemoryStore(), "if-allowed");
      expect([kiosk.session.camera.state, returning.session.camera.state, media.requests.length]).toEqual(["idle", "idle", 0]);
      page.show("visible");
      await settle();
      expect([kiosk.session.camera.state, returning.session.camera.state]).toEqual(["running", "running"]);
    });

    it("not where it would prompt, nor when the app starts it", async () => {
      const prompting = await connectedSession(new MemoryStore(), "if-allowed");
      permission.state = "granted";
      const manual = await connectedSession(new MemoryStore(), "manual");
      expect([prompting.session.camera.state, manual.session.camera.state]).toEqual(["idle", "idle"]);
    });
  });

  describe("a still picture", () => {
    it("stops the camera and searches the whole picture for the digit, the box around all of it meanwhile", async () => {
      const { session, worker } = await connectedSession(new MemoryStore({ roi: SAVED_BOX }));
      await live(session);
      session.showStill(photo(1000, 500));
      flushSync();
      await settle();
      expect(session.camera.state).toBe("idle");
      expect(session.box).toEqual(WHOLE_PICTURE);
      expect(worker.sent("read")).toEqual([expect.objectContaining({ still: true, region: "auto" })]);
    });

    it("fits its box to the digit found, then reads that box as a box, without saving it", async () => {
      const { session, worker, store } = await connectedSession(new MemoryStore({ roi: SAVED_BOX }));
      session.showStill(photo(1000, 500));
      flushSync();
      await settle();
      const fitted = { x: 400, y: 100, width: 200, height: 300 };
      worker.reply({ type: "reading", id: worker.sent("read").at(-1)!.id, reading: readingOf(5, fitted, { x: 420, y: 120, width: 150, height: 250 }), ms: 2 });
      flushSync();
      await settle();
      expect(session.box).toEqual({ x: 0.4, y: 0.2, width: 0.2, height: 0.6 });
      expect(worker.sent("read").map((message) => message.region)).toEqual(["auto", fitted]);
      expect(session.reading?.digit).toBe(5);
      expect(store.updates).toEqual([]);
    });

    it("does not take the camera's last reading for the picture's", async () => {
      const { session, worker } = await connectedSession();
      const video = await live(session);
      video.present();
      await settle();
      worker.reply({ type: "reading", id: worker.sent("read").at(-1)!.id, reading: readingOf(4, { x: 224, y: 144, width: 192, height: 192 }), ms: 2 });
      expect(session.reading?.digit).toBe(4);
      session.showStill(photo(1000, 500));
      flushSync();
      await settle();
      expect([session.reading, session.box]).toEqual([null, WHOLE_PICTURE]);
    });

    it("reads its box, once moved, again when the box or a setting changes, without saving it", async () => {
      const { session, worker, store } = await connectedSession();
      session.showStill(photo(100, 100));
      flushSync();
      await settle();
      const answer = (box: Roi) => worker.reply({ type: "reading", id: worker.sent("read").at(-1)!.id, reading: readingOf(1, box), ms: 2 });
      answer({ x: 40, y: 30, width: 20, height: 30 });
      flushSync();
      await settle();
      answer({ x: 40, y: 30, width: 20, height: 30 });
      session.moveBox(SAVED_BOX);
      flushSync();
      await settle();
      answer({ x: 10, y: 20, width: 30, height: 40 });
      session.update({ polarity: "light-on-dark" });
      flushSync();
      await settle();
      expect(worker.sent("read").map((message) => message.region)).toEqual([
        "auto",
        { x: 40, y: 30, width: 20, height: 30 },
        { x: 10, y: 20, width: 30, height: 40 },
        { x: 10, y: 20, width: 30, height: 40 },
      ]);
      expect(session.box).toEqual(SAVED_BOX);
      expect(store.updates).toEqual([{ polarity: "light-on-dark" }]);
      expect(session.reading?.digit).toBe(1);
    });

    it("goes back to the camera, forgetting the picture's reading and box", async () => {
      const { session, worker } = await connectedSession();
      session.showStill(photo(100, 100));
      session.moveBox(SAVED_BOX);
      flushSync();
      await settle();
      worker.reply({ type: "reading", id: worker.sent("read").at(-1)!.id, reading: readingOf(1, { x: 10, y: 20, width: 30, height: 40 }), ms: 2 });
      session.closeStill();
      flushSync();
      await settle();
      expect([session.still, session.reading, session.camera.state]).toEqual([null, null, "running"]);
      expect(session.box).not.toEqual(SAVED_BOX);
    });
  });

  it("stops the camera and the reader's worker when disconnected", async () => {
    const session = new LiveSession({ settings: new MemoryStore(), start: "at-once" });
    const disconnect = session.connect();
    await settle();
    expect(session.camera.state).toBe("running");
    disconnect();
    expect(session.camera.state).toBe("idle");
    expect(FakeWorker.latest().terminated).toBe(true);
  });
});
