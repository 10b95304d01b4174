import { describe, expect, it } from "vitest";
import { KioskSettingsStore } from "./settings-store.svelte.js";
import { STORAGE_KEY } from "./settings.js";

class MemoryStorage implements Pick<Storage, "getItem" | "setItem"> {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe("KioskSettingsStore", () => {
  it("saves a change, and the next visit starts with it; a URL still wins", () => {
    const storage = new MemoryStorage();
    const first = new KioskSettingsStore(storage as unknown as Storage, "");
    first.update({ mode: "practice", sound: false });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ mode: "practice", sound: false });
    expect(new KioskSettingsStore(storage as unknown as Storage, "").value).toMatchObject({ mode: "practice", sound: false });
    expect(new KioskSettingsStore(storage as unknown as Storage, "?mode=show").value).toMatchObject({ mode: "show", sound: false });
  });

  it("works without storage", () => {
    const store = new KioskSettingsStore(null, "?practice=7%2B8");
    store.update({ mirror: true });
    expect(store.value).toMatchObject({ mode: "practice", mirror: true });
    expect(store.session.practiceQuestion).toMatchObject({ prompt: "7 + 8", answer: 15 });
  });
});
