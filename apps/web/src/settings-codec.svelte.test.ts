import { PersistedSettings } from "@livedigits/ui";
import { normalisedRoi } from "@livedigits/ui/roi-geometry";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, SETTINGS_CODEC, STORAGE_KEY } from "./settings.js";

/** The page's settings store, as App.svelte makes it. */
function pageSettings(storage: Storage | null, query: string) {
  return new PersistedSettings(SETTINGS_CODEC, storage, query);
}

/** localStorage's contract, in memory; `broken` throws as Safari's did in private windows. */
function memoryStorage(initial: Record<string, string> = {}, broken = false): Storage {
  const items = new Map(Object.entries(initial));
  const guard = () => {
    if (broken) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => (guard(), items.get(key) ?? null),
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => (guard(), void items.set(key, value)),
  };
}

describe("the page's settings store", () => {
  it("starts from the defaults", () => {
    expect(pageSettings(memoryStorage(), "").value).toEqual(DEFAULT_SETTINGS);
  });

  it("lets URL parameters win over saved settings, and lists the ignored ones", () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ threshold: 0.6, mirror: true }) });
    const store = pageSettings(storage, "?threshold=0.9&polarity=sideways");
    expect(store.value).toMatchObject({ threshold: 0.9, mirror: true, polarity: "auto" });
    expect(store.urlProblems).toHaveLength(1);
  });

  it("saves every change, so the next visit starts from it", () => {
    const storage = memoryStorage();
    pageSettings(storage, "").update({ smoothing: false, roi: normalisedRoi({ x: 0.1, y: 0.1, width: 0.5, height: 0.5 }) });
    expect(pageSettings(storage, "").value).toMatchObject({ smoothing: false, roi: { x: 0.1, y: 0.1, width: 0.5, height: 0.5 } });
  });

  it("keeps working when storage is unavailable", () => {
    const store = pageSettings(memoryStorage({}, true), "");
    store.update({ threshold: 0.5 });
    expect(store.value.threshold).toBe(0.5);
    expect(pageSettings(null, "?smoothing=0").value.smoothing).toBe(false);
  });
});
