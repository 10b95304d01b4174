// Copy (or Enter), in the web page and the popup: the last number shown (a digit is a
// number of length one) goes on the clipboard.
import type { Reading } from "@livedigits/core";
import { shownNumber } from "./reading-text.js";

export class DigitClipboard {
  /** The last number shown, e.g. "2026" (with steady answers on, the default, a number is shown once it holds). */
  lastNumber = $state<string | null>(null);
  /** What the last copy did, in words. */
  message = $state<string | null>(null);

  /** Remembers the number a reading shows; readings without one leave the last number as it was. */
  see(reading: Reading | null): void {
    const text = shownNumber(reading);
    if (text !== null) this.lastNumber = text;
  }

  async copy(clipboard: Pick<Clipboard, "writeText"> = navigator.clipboard): Promise<void> {
    if (this.lastNumber === null) {
      this.message = "Nothing to copy yet: hold a number in the box.";
      return;
    }
    const text = this.lastNumber;
    try {
      await clipboard.writeText(text);
      this.message = `Copied “${text}”.`;
    } catch (error) {
      this.message = `Could not copy: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

/** Enter copies, unless it was pressed on a control that has its own Enter (a button, a field, the box). */
export function isCopyKey(event: KeyboardEvent): boolean {
  if (event.key !== "Enter" || event.defaultPrevented) return false;
  const target = event.target as HTMLElement | null;
  return !target?.closest("button, input, select, textarea, a, [role='slider'], [tabindex]:not(body)");
}
