// Parsers for the settings every app shares, from a URL parameter or from what was saved.
// Pure (no Svelte), so each app's settings module and its tests can use them directly.
import type { PolarityOption } from "@livedigits/core";

/** A confidence threshold: a finite number from 0 to 1. */
export function isThreshold(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** A threshold from a URL parameter, or null when it is not one. */
export function parseThreshold(raw: string): number | null {
  if (raw.trim() === "") return null;
  const value = Number(raw);
  return isThreshold(value) ? value : null;
}

/** An on/off switch from a URL parameter (1/0, true/false, on/off, yes/no), or null. */
export function parseSwitch(raw: string): boolean | null {
  const value = raw.trim().toLowerCase();
  if (["1", "true", "on", "yes"].includes(value)) return true;
  if (["0", "false", "off", "no"].includes(value)) return false;
  return null;
}

/** A saved camera choice: null (let the browser choose) or a non-empty device id. */
export function isSavedCameraId(value: unknown): value is string | null {
  return value === null || (typeof value === "string" && value !== "");
}

/** The polarity choices a person can make, in the order menus show them. */
export const POLARITIES: readonly PolarityOption[] = ["auto", "dark-on-light", "light-on-dark"];

export function isPolarityOption(value: unknown): value is PolarityOption {
  return typeof value === "string" && (POLARITIES as readonly string[]).includes(value);
}
