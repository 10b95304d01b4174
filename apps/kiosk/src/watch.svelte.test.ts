import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { watch } from "./watch.svelte.js";

describe("watch", () => {
  it("reacts to every change of its source, not to what the reaction reads or writes, and cleans up", () => {
    const source = $state({ value: 1 });
    const other = $state({ count: 0 });
    const calls: number[] = [];
    const cleanups: number[] = [];
    const stop = $effect.root(() => {
      watch(
        () => source.value,
        (value) => {
          calls.push(value);
          other.count += other.count + 1; // reads and writes state: no rerun
          return () => cleanups.push(value);
        },
      );
    });
    flushSync();
    expect(calls).toEqual([1]);
    other.count = 100;
    flushSync();
    expect(calls).toEqual([1]);
    source.value = 2;
    flushSync();
    expect(calls).toEqual([1, 2]);
    expect(cleanups).toEqual([1]);
    stop();
    expect(cleanups).toEqual([1, 2]);
  });
});
