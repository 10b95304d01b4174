import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveSession, type CameraStart } from "./live-session.svelte.js";
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

async function connectedSession(store = new MemoryStore(), start: CameraStart = "manual"): Promise<{ session: LiveSession; worker: FakeWorker; store: MemoryStore }> {
  const session = new LiveSession({ settings: store, base: "/app/", backend: "wasm", start });
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
  it("loads the model and wasm from the app's base, with its settings over the shared defaults", () => {
    const session = new LiveSession({ settings: new MemoryStore({ threshold: 0.9 }), base: "/app/", backend: "cpu" });
    expect(FakeWorker.latest().sent("init")).toEqual([
      {
        type: "init",
        config: { model: "/app/model/model.json", wasmPaths: "/app/wasm/", backend: "cpu", settings: { threshold: 0.9, polarity: "auto", smoothing: true } },
      },
    ]);
    expect(session.settings).toEqual({ ...DEFAULT_LIVE_SETTINGS, threshold: 0.9 });
  });

  it("sends a changed setting to the reader, but not when only the box moves", async () => {
    const { session, worker } = await connectedSession();
    const sent = () => worker.sent("setOptions").map((message) => message.options);
    expect(sent()).toEqual([{ threshold: 0.8, polarity: "auto", smoothing: true }]);
    session.update({ threshold: 0.6 });
    flushSync();
    session.moveBox(SAVED_BOX);
    flushSync();
    expect(sent()).toEqual([
      { threshold: 0.8, polarity: "auto", smoothing: true },
      { threshold: 0.6, polarity: "auto", smoothing: true },
    ]);
  });

  it("reads the default box for the camera's frame until one is saved, and saves the box moved", async () => {
    const { session, store } = await connectedSession();
    session.frameWidth = 640;
    session.frameHeight = 480;
    expect(session.box).toEqual(defaultRoi(640, 480));
    session.moveBox(SAVED_BOX);
    expect(store.updates).toEqual([{ roi: SAVED_BOX }]);
    expect(session.box).toEqual(SAVED_BOX);
    session.resetBox();
    expect(session.box).toEqual(defaultRoi(640, 480));
  });

  it("remembers the camera chosen and starts it", async () => {
    const { session, store } = await connectedSession();
    session.chooseCamera("back");
    await settle();
    expect(store.value.cameraId).toBe("back");
    expect(session.camera.activeDeviceId).toBe("back");
  });

  it("reads camera frames in the camera's box while live, and shows no reading when not", async () => {
    const { session, worker } = await connectedSession(new MemoryStore({ roi: SAVED_BOX }));
    expect(session.live).toBe(false);
    const video = await live(session);
    expect(session.live).toBe(true);
    video.present();
    await settle();
    expect(worker.sent("read")).toEqual([expect.objectContaining({ still: false, roi: { x: 64, y: 96, width: 192, height: 192 } })]);
    worker.reply({ type: "reading", id: worker.sent("read")[0]!.id, reading: { digit: 4, state: "digit" } as never, ms: 2 });
    expect(session.reading?.digit).toBe(4);

    session.camera.stop();
    flushSync();
    expect(session.reading).toBeNull();
    expect(session.reader.reading).toBeNull();
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
    it("stops the camera and reads the picture in the camera's box", async () => {
      const { session, worker } = await connectedSession(new MemoryStore({ roi: SAVED_BOX }));
      await live(session);
      session.showStill(fakeBitmap(1000, 500) as unknown as ImageBitmap);
      flushSync();
      await settle();
      expect(session.camera.state).toBe("idle");
      expect(session.box).toEqual(SAVED_BOX);
      expect(worker.sent("read")).toEqual([expect.objectContaining({ still: true, roi: { x: 100, y: 100, width: 300, height: 200 } })]);
    });

    it("takes the default box for the picture where none was saved", async () => {
      const { session } = await connectedSession();
      session.showStill(fakeBitmap(1000, 500) as unknown as ImageBitmap);
      expect(session.box).toEqual(defaultRoi(1000, 500));
    });

    it("reads it again when its box or a setting changes, without saving its box", async () => {
      const { session, worker, store } = await connectedSession();
      session.showStill(fakeBitmap(100, 100) as unknown as ImageBitmap);
      flushSync();
      await settle();
      const answer = () => worker.reply({ type: "reading", id: worker.sent("read").at(-1)!.id, reading: { digit: 1, state: "digit" } as never, ms: 2 });
      answer();
      session.moveBox(SAVED_BOX);
      flushSync();
      await settle();
      answer();
      session.update({ polarity: "light-on-dark" });
      flushSync();
      await settle();
      expect(worker.sent("read").map((message) => message.roi)).toEqual([
        { x: 30, y: 30, width: 40, height: 40 },
        { x: 10, y: 20, width: 30, height: 40 },
        { x: 10, y: 20, width: 30, height: 40 },
      ]);
      expect(store.updates).toEqual([{ polarity: "light-on-dark" }]);
      expect(session.reading?.digit).toBe(1);
    });

    it("goes back to the camera, forgetting the picture's reading and box", async () => {
      const { session, worker } = await connectedSession();
      session.showStill(fakeBitmap(100, 100) as unknown as ImageBitmap);
      session.moveBox(SAVED_BOX);
      flushSync();
      await settle();
      worker.reply({ type: "reading", id: worker.sent("read").at(-1)!.id, reading: { digit: 1, state: "digit" } as never, ms: 2 });
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
