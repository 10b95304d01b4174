// The popup's settings, saved with chrome.storage.local: threshold, polarity and the box.
import type { PolarityOption } from "@livedigits/core";
import { isValidRoi, type NormalisedRoi } from "@livedigits/ui/roi-geometry";
import { isPolarityOption, isThreshold, POLARITIES } from "@livedigits/ui/settings-fields";

export interface ExtensionSettings {
  /** Minimum confidence to show a digit, 0…1. */
  readonly threshold: number;
  readonly polarity: PolarityOption;
  /** The reading box; null means the default box for the camera's frame size. */
  readonly roi: NormalisedRoi | null;
}

export const DEFAULT_SETTINGS: ExtensionSettings = { threshold: 0.8, polarity: "auto", roi: null };

export { POLARITIES };

export const SETTINGS_KEY = "settings.v1";
/** Set once the permission page has been opened, so it opens by itself on first use only. */
export const PERMISSION_PAGE_OPENED_KEY = "permissionPageOpened";

/** What was saved, checked field by field; anything missing or invalid takes the default. */
export function settingsFromStorage(stored: unknown): ExtensionSettings {
  if (typeof stored !== "object" || stored === null) return DEFAULT_SETTINGS;
  const value = stored as Record<string, unknown>;
  const threshold = isThreshold(value.threshold) ? value.threshold : DEFAULT_SETTINGS.threshold;
  const polarity = isPolarityOption(value.polarity) ? value.polarity : DEFAULT_SETTINGS.polarity;
  const roi = isValidRoi(value.roi) ? value.roi : DEFAULT_SETTINGS.roi;
  return { threshold, polarity, roi };
}
