// Copy (or Enter), in the web page and the popup: the last digit shown goes on the clipboard.
import type { Reading } from "@livedigits/core";

export class DigitClipboard {
  /** The last digit shown (with steady answers on, the default, a digit is shown once it holds). */
  lastDigit = $state<number | null>(null);
  /** What the last copy did, in words. */
  message = $state<string | null>(null);

  /** Remembers the digit of a reading; readings without one leave the last digit as it was. */
  see(reading: Reading | null): void {
    if (reading?.state === "digit" && reading.digit !== null) this.lastDigit = reading.digit;
  }

  async copy(clipboard: Pick<Clipboard, "writeText"> = navigator.clipboard): Promise<void> {
    if (this.lastDigit === null) {
      this.message = "No digit to copy yet.";
      return;
    }
    const text = String(this.lastDigit);
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
