import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TeacherGesture } from "./teacher-gesture.svelte.js";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("TeacherGesture", () => {
  it("opens the settings on a long press only; a tap does nothing", () => {
    const teacher = new TeacherGesture(() => null, 1500);
    teacher.press();
    vi.advanceTimersByTime(300);
    teacher.release();
    vi.advanceTimersByTime(5000);
    expect(teacher.open).toBe(false);

    teacher.press();
    vi.advanceTimersByTime(1499);
    expect(teacher.settingsOpen).toBe(false);
    vi.advanceTimersByTime(1);
    expect(teacher).toMatchObject({ settingsOpen: true, askingPin: false, open: true });
    teacher.close();
    expect(teacher.open).toBe(false);
  });

  it("asks for the PIN first when one is set, and opens only on the right one", () => {
    const settings = $state({ pin: null as string | null });
    const teacher = new TeacherGesture(() => settings.pin, 1500);
    settings.pin = "2468";
    teacher.press();
    vi.advanceTimersByTime(1500);
    expect(teacher).toMatchObject({ askingPin: true, settingsOpen: false, open: true });
    teacher.pinEntered(false);
    expect(teacher.open).toBe(false);

    teacher.press();
    vi.advanceTimersByTime(1500);
    teacher.pinEntered(true);
    expect(teacher).toMatchObject({ askingPin: false, settingsOpen: true });
  });

  it("a second press restarts the hold instead of adding a timer", () => {
    const teacher = new TeacherGesture(() => null, 1500);
    teacher.press();
    vi.advanceTimersByTime(1000);
    teacher.press();
    teacher.release();
    vi.advanceTimersByTime(5000);
    expect(teacher.settingsOpen).toBe(false);
  });
});
