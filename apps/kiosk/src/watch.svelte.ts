// A reaction to a value that changes, for what no $derived can express: saying a
// sentence, feeding a filter, starting a timer.
import { untrack } from "svelte";

/**
 * Calls `react` with what `source` returns, at once and whenever something `source`
 * read changes. Only `source` is tracked: what `react` reads or writes never reruns it.
 * `react` may return a cleanup, run before its next call and when the component goes.
 * Call it while a component initialises (or inside an effect).
 */
export function watch<T>(source: () => T, react: (value: T) => void | (() => void)): void {
  $effect(() => {
    const value = source();
    return untrack(() => react(value));
  });
}
