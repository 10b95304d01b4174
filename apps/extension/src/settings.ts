// The popup's settings, saved with chrome.storage.local: threshold, polarity, the longest number and the box.
import type { PolarityOption } from "@livedigits/core";
import type { NormalisedRoi } from "@livedigits/ui/roi-geometry";
import { DEFAULT_MAX_DIGITS, DEFAULT_THRESHOLD, storedLiveSettings } from "@livedigits/ui/settings-fields";

export interface ExtensionSettings {
  /** Minimum confidence to show a digit, within THRESHOLD_RANGE. */
  readonly threshold: number;
  readonly polarity: PolarityOption;
  /** The longest number read, in digits (1 to 6; 1 reads one digit at a time). */
  readonly maxDigits: number;
  /** The reading box; null means the default box for the camera's frame size. */
  readonly roi: NormalisedRoi | null;
}

export const DEFAULT_SETTINGS: ExtensionSettings = { threshold: DEFAULT_THRESHOLD, polarity: "auto", maxDigits: DEFAULT_MAX_DIGITS, roi: null };

export const SETTINGS_KEY = "settings.v1";
/** Set once the permission page has been opened, so it opens by itself on first use only. */
export const PERMISSION_PAGE_OPENED_KEY = "permissionPageOpened";

/** What was saved, checked field by field; anything missing or invalid takes the default. */
export function settingsFromStorage(stored: unknown): ExtensionSettings {
  if (typeof stored !== "object" || stored === null) return DEFAULT_SETTINGS;
  const { threshold, polarity, maxDigits, roi } = storedLiveSettings(stored as Record<string, unknown>);
  return {
    threshold: threshold ?? DEFAULT_SETTINGS.threshold,
    polarity: polarity ?? DEFAULT_SETTINGS.polarity,
    maxDigits: maxDigits ?? DEFAULT_SETTINGS.maxDigits,
    roi: roi ?? DEFAULT_SETTINGS.roi,
  };
}
