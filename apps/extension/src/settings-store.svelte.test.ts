import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, SETTINGS_KEY } from "./settings.js";
import { ExtensionSettingsStore } from "./settings-store.svelte.js";

/** chrome.storage.local, in memory; `broken` rejects as it does when the extension context is gone. */
function chromeStorage(initial: Record<string, unknown> = {}, broken = false) {
  const items: Record<string, unknown> = { ...initial };
  const guard = () => {
    if (broken) throw new Error("Extension context invalidated.");
  };
  return {
    items,
    local: {
      async get(key: string) {
        guard();
        return key in items ? { [key]: items[key] } : {};
      },
      async set(values: Record<string, unknown>) {
        guard();
        Object.assign(items, values);
      },
    },
  };
}

let storage: ReturnType<typeof chromeStorage>;

beforeEach(() => {
  storage = chromeStorage();
  vi.stubGlobal("chrome", { storage });
});
afterEach(() => vi.unstubAllGlobals());

describe("ExtensionSettingsStore", () => {
  it("starts from the defaults and loads what was saved", async () => {
    storage.items[SETTINGS_KEY] = { threshold: 0.9, polarity: "light-on-dark", roi: null };
    const store = new ExtensionSettingsStore();
    expect(store.value).toEqual(DEFAULT_SETTINGS);
    await store.load();
    // Saved before the popup read numbers: the longest number takes its default.
    expect(store.value).toEqual({ threshold: 0.9, polarity: "light-on-dark", maxDigits: 6, roi: null });
  });

  it("saves every change, so the next popup starts from it", async () => {
    new ExtensionSettingsStore().update({ threshold: 0.6 });
    await Promise.resolve();
    const next = new ExtensionSettingsStore();
    await next.load();
    expect(next.value.threshold).toBe(0.6);
  });

  it("keeps working for this popup when storage fails", async () => {
    vi.stubGlobal("chrome", { storage: chromeStorage({}, true) });
    const store = new ExtensionSettingsStore();
    await store.load();
    store.update({ polarity: "dark-on-light" });
    expect(store.value).toEqual({ ...DEFAULT_SETTINGS, polarity: "dark-on-light" });
  });
});
