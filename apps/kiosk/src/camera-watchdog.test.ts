import type { CameraState } from "@livedigits/ui";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CameraWatchdog, type WatchedCamera } from "./camera-watchdog.js";

/** A camera whose state and track the test sets; start() is counted and makes it run a live track. */
class TestCamera implements WatchedCamera {
  state: CameraState = "running";
  trackState: MediaStreamTrackState | null = "live";
  starts = 0;
  get stream(): MediaStream | null {
    const track = this.trackState === null ? [] : [{ readyState: this.trackState }];
    return this.state === "running" ? ({ getVideoTracks: () => track } as unknown as MediaStream) : null;
  }
  start(): Promise<void> {
    this.starts++;
    this.state = "running";
    this.trackState = "live";
    return Promise.resolve();
  }
}

function watchdog(camera: TestCamera, page: { visible?: boolean; readerError?: string | null } = {}) {
  const reloads = { count: 0 };
  const dog = new CameraWatchdog(camera, {
    readerError: () => page.readerError ?? null,
    retryMs: 5000,
    reloadAfterMs: 60_000,
    reload: () => reloads.count++,
    visible: () => page.visible ?? true,
  });
  return { dog, reloads };
}

afterEach(() => vi.useRealTimers());

describe("CameraWatchdog", () => {
  it("leaves a running camera alone, and restarts one whose track ended, with or without an event", () => {
    const camera = new TestCamera();
    const { dog } = watchdog(camera);
    dog.check(1000);
    expect(camera.starts).toBe(0);
    camera.trackState = "ended";
    dog.check(3000);
    expect(camera.starts).toBe(1);
    camera.trackState = null; // a stream without a video track
    dog.check(5000);
    expect(camera.starts).toBe(2);
  });

  it("tries a failed camera again every few seconds, not every check", () => {
    const camera = new TestCamera();
    camera.start = () => {
      camera.starts++;
      return Promise.resolve(); // still failing
    };
    camera.state = "no-camera";
    const { dog } = watchdog(camera);
    for (let now = 10_000; now <= 20_000; now += 2000) dog.check(now);
    expect(camera.starts).toBe(2); // at 10 s and 16 s
  });

  it("does nothing while the page is hidden", () => {
    const camera = new TestCamera();
    camera.state = "error";
    const page = { visible: false };
    const { dog } = watchdog(camera, page);
    dog.check(10_000);
    expect(camera.starts).toBe(0);
    page.visible = true;
    dog.check(12_000);
    expect(camera.starts).toBe(1);
  });

  it("reloads the page a minute after the reader failed, unless it recovered", () => {
    const page: { readerError: string | null } = { readerError: "The model could not be loaded." };
    const { dog, reloads } = watchdog(new TestCamera(), page);
    dog.check(0);
    dog.check(58_000);
    expect(reloads.count).toBe(0);
    dog.check(60_000);
    expect(reloads.count).toBe(1);

    page.readerError = null;
    dog.check(62_000);
    page.readerError = "again";
    dog.check(64_000);
    dog.check(122_000);
    expect(reloads.count).toBe(1);
    dog.check(124_000);
    expect(reloads.count).toBe(2);
  });

  it("checks on a timer once connected, and stops when disconnected", () => {
    vi.useFakeTimers();
    const camera = new TestCamera();
    const stop = new CameraWatchdog(camera, { readerError: () => null, checkMs: 2000, visible: () => true }).connect();
    camera.trackState = "ended";
    vi.advanceTimersByTime(1999);
    expect(camera.starts).toBe(0);
    vi.advanceTimersByTime(1);
    expect(camera.starts).toBe(1);
    stop();
    camera.trackState = "ended";
    vi.advanceTimersByTime(10_000);
    expect(camera.starts).toBe(1);
  });
});
