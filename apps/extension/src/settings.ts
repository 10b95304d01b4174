// The popup's settings, saved with chrome.storage.local: threshold, polarity and the box.
import type { PolarityOption } from "@livedigits/core";
import type { NormalisedRoi } from "@livedigits/ui/roi-geometry";
import { DEFAULT_THRESHOLD, storedLiveSettings } from "@livedigits/ui/settings-fields";

export interface ExtensionSettings {
  /** Minimum confidence to show a digit, within THRESHOLD_RANGE. */
  readonly threshold: number;
  readonly polarity: PolarityOption;
  /** The reading box; null means the default box for the camera's frame size. */
  readonly roi: NormalisedRoi | null;
}

export const DEFAULT_SETTINGS: ExtensionSettings = { threshold: DEFAULT_THRESHOLD, polarity: "auto", roi: null };

export const SETTINGS_KEY = "settings.v1";
/** Set once the permission page has been opened, so it opens by itself on first use only. */
export const PERMISSION_PAGE_OPENED_KEY = "permissionPageOpened";

/** What was saved, checked field by field; anything missing or invalid takes the default. */
export function settingsFromStorage(stored: unknown): ExtensionSettings {
  if (typeof stored !== "object" || stored === null) return DEFAULT_SETTINGS;
  const { threshold, polarity, roi } = storedLiveSettings(stored as Record<string, unknown>);
  return { threshold: threshold ?? DEFAULT_SETTINGS.threshold, polarity: polarity ?? DEFAULT_SETTINGS.polarity, roi: roi ?? DEFAULT_SETTINGS.roi };
}
