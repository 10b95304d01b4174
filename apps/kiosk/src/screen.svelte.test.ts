import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KioskScreen, type ScreenPage } from "./screen.svelte.js";

/** A page of the given size whose fullscreen requests are granted (or refused), as a browser would. */
function testPage(options: { refuse?: boolean; enabled?: boolean } = {}) {
  const document = Object.assign(new EventTarget(), {
    fullscreenElement: null as Element | null,
    fullscreenEnabled: options.enabled ?? true,
    requests: 0,
    documentElement: {
      requestFullscreen: () => {
        document.requests++;
        if (options.refuse) return Promise.reject(new TypeError("Permissions check failed"));
        document.fullscreenElement = document.documentElement as unknown as Element;
        document.dispatchEvent(new Event("fullscreenchange"));
        return Promise.resolve();
      },
    },
  });
  const window = Object.assign(new EventTarget(), {
    innerWidth: 1280,
    innerHeight: 700,
    screen: { width: 1280, height: 800 },
    matchMedia: () => ({ matches: false }),
  });
  return { document, window, page: { document, window } as unknown as ScreenPage };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("KioskScreen", () => {
  it("goes fullscreen when asked, once, and knows when the browser is fullscreen by itself", async () => {
    const { document, window, page } = testPage();
    const screen = new KioskScreen({ page });
    const disconnect = screen.connect();
    expect(screen).toMatchObject({ fullscreen: false, browserFullscreen: false });

    screen.enterFullscreen();
    await Promise.resolve();
    expect(screen.fullscreen).toBe(true);
    screen.enterFullscreen();
    expect(document.requests).toBe(1);

    window.innerHeight = 800; // e.g. the browser started with --kiosk
    window.dispatchEvent(new Event("resize"));
    expect(screen.browserFullscreen).toBe(true);
    disconnect();
  });

  it("asks for nothing where fullscreen is not allowed, and shrugs off a refusal", async () => {
    const disabled = testPage({ enabled: false });
    new KioskScreen({ page: disabled.page }).enterFullscreen();
    expect(disabled.document.requests).toBe(0);

    const refusing = testPage({ refuse: true });
    const screen = new KioskScreen({ page: refusing.page });
    screen.connect();
    screen.enterFullscreen();
    await Promise.resolve();
    expect(screen.fullscreen).toBe(false);
  });

  it("hides the cursor once the mouse rests, not while it moves", () => {
    const screen = new KioskScreen({ page: testPage().page, cursorIdleMs: 3000 });
    const disconnect = screen.connect();
    vi.advanceTimersByTime(3000);
    expect(screen.cursorHidden).toBe(true);

    screen.activity();
    expect(screen.cursorHidden).toBe(false);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(2000);
      expect(screen.cursorHidden).toBe(false);
      screen.activity(); // still moving
    }
    vi.advanceTimersByTime(3000);
    expect(screen.cursorHidden).toBe(true);

    screen.activity();
    disconnect();
    vi.advanceTimersByTime(10_000);
    expect(screen.cursorHidden).toBe(false);
  });
});
