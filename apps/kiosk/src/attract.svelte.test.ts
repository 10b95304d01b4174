import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttractScreen } from "./attract.svelte.js";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("AttractScreen", () => {
  it("shows after the idle time, and goes at the next activity", () => {
    const attract = new AttractScreen({ idleMs: 180_000 });
    const disconnect = attract.connect();
    vi.advanceTimersByTime(179_999);
    expect(attract.showing).toBe(false);
    vi.advanceTimersByTime(1);
    expect(attract.showing).toBe(true);

    attract.activity();
    expect(attract.showing).toBe(false);
    vi.advanceTimersByTime(100_000);
    attract.activity(); // a digit held up again restarts the idle time
    vi.advanceTimersByTime(100_000);
    expect(attract.showing).toBe(false);
    vi.advanceTimersByTime(80_000);
    expect(attract.showing).toBe(true);
    disconnect();
  });

  it("stays away while held off, e.g. while the teacher's settings are open", () => {
    const teacher = $state({ settingsOpen: true });
    const attract = new AttractScreen({ idleMs: 1000, held: () => teacher.settingsOpen });
    attract.connect();
    vi.advanceTimersByTime(5000);
    expect(attract.showing).toBe(false);
    teacher.settingsOpen = false;
    expect(attract.showing).toBe(true);
    teacher.settingsOpen = true;
    expect(attract.showing).toBe(false);
  });

  it("counts nothing once disconnected", () => {
    const attract = new AttractScreen({ idleMs: 1000 });
    attract.connect()();
    vi.advanceTimersByTime(5000);
    expect(attract.showing).toBe(false);
  });
});
