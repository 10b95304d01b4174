// The popup's settings, saved with chrome.storage.local: threshold, polarity and the box.
import type { PolarityOption } from "@livedigits/core";
import { isValidRoi, type NormalisedRoi } from "@livedigits/ui/roi-geometry";

export interface ExtensionSettings {
  /** Minimum confidence to show a digit, 0…1. */
  readonly threshold: number;
  readonly polarity: PolarityOption;
  /** The reading box; null means the default box for the camera's frame size. */
  readonly roi: NormalisedRoi | null;
}

export const DEFAULT_SETTINGS: ExtensionSettings = { threshold: 0.8, polarity: "auto", roi: null };

export const POLARITIES: readonly PolarityOption[] = ["auto", "dark-on-light", "light-on-dark"];

export const SETTINGS_KEY = "settings.v1";
/** Set once the permission page has been opened, so it opens by itself on first use only. */
export const PERMISSION_PAGE_OPENED_KEY = "permissionPageOpened";

/** What was saved, checked field by field; anything missing or invalid takes the default. */
export function settingsFromStorage(stored: unknown): ExtensionSettings {
  if (typeof stored !== "object" || stored === null) return DEFAULT_SETTINGS;
  const value = stored as Record<string, unknown>;
  const threshold =
    typeof value.threshold === "number" && Number.isFinite(value.threshold) && value.threshold >= 0 && value.threshold <= 1
      ? value.threshold
      : DEFAULT_SETTINGS.threshold;
  const polarity =
    typeof value.polarity === "string" && (POLARITIES as readonly string[]).includes(value.polarity)
      ? (value.polarity as PolarityOption)
      : DEFAULT_SETTINGS.polarity;
  const roi = isValidRoi(value.roi) ? value.roi : DEFAULT_SETTINGS.roi;
  return { threshold, polarity, roi };
}
