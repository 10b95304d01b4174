import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ScreenWakeLock } from "./wake-lock.svelte.js";

/** A page whose visibility the test sets, and a wake-lock API that releases on hide, as browsers do. */
class FakePage extends EventTarget {
  visibilityState: DocumentVisibilityState = "visible";
  requests = 0;
  refuse = false;
  readonly held = new Set<EventTarget & { released: boolean; release(): Promise<void> }>();

  readonly api = {
    request: () => {
      this.requests++;
      if (this.refuse) return Promise.reject(new DOMException("Battery saver", "NotAllowedError"));
      const sentinel = Object.assign(new EventTarget(), {
        released: false,
        release: () => {
          sentinel.released = true;
          this.held.delete(sentinel);
          sentinel.dispatchEvent(new Event("release"));
          return Promise.resolve();
        },
      });
      this.held.add(sentinel);
      return Promise.resolve(sentinel);
    },
  };

  async show(state: DocumentVisibilityState): Promise<void> {
    this.visibilityState = state;
    if (state === "hidden") for (const sentinel of [...this.held]) await sentinel.release();
    this.dispatchEvent(new Event("visibilitychange"));
    await flush();
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
let page: FakePage;
const original = (globalThis as { document?: unknown }).document;

beforeEach(() => {
  page = new FakePage();
  (globalThis as { document?: unknown }).document = page;
});
afterEach(() => {
  (globalThis as { document?: unknown }).document = original;
});

describe("ScreenWakeLock", () => {
  it("holds the lock, and asks again when the page is shown after being hidden", async () => {
    const lock = new ScreenWakeLock(page.api);
    const stop = lock.keep();
    await flush();
    expect(page.requests).toBe(1);
    expect(lock.state).toBe("held");

    await page.show("hidden");
    expect(lock.state).toBe("released");
    await page.show("visible");
    expect(page.requests).toBe(2);
    expect(lock.state).toBe("held");

    // Shown again while still held: no extra request.
    await page.show("visible");
    expect(page.requests).toBe(2);

    stop();
    await flush();
    expect(page.held.size).toBe(0);
    await page.show("visible");
    expect(page.requests).toBe(2);
  });

  it("works on without the API, or when the browser refuses, and tries again later", async () => {
    expect(new ScreenWakeLock(null).state).toBe("unsupported");
    page.refuse = true;
    const lock = new ScreenWakeLock(page.api);
    const stop = lock.keep();
    await flush();
    expect(lock.state).toBe("refused");
    page.refuse = false;
    await page.show("visible");
    expect(lock.state).toBe("held");
    stop();
  });
});
