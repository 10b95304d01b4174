// chrome.storage.local, tolerant of failures (the settings then apply to this popup only).
import { PERMISSION_PAGE_OPENED_KEY, SETTINGS_KEY, settingsFromStorage, type ExtensionSettings } from "./settings.js";

export async function loadSettings(): Promise<ExtensionSettings> {
  try {
    const stored = await chrome.storage.local.get(SETTINGS_KEY);
    return settingsFromStorage(stored[SETTINGS_KEY]);
  } catch {
    return settingsFromStorage(null);
  }
}

export async function saveSettings(settings: ExtensionSettings): Promise<void> {
  try {
    await chrome.storage.local.set({ [SETTINGS_KEY]: settings });
  } catch {
    // Storage unavailable: the settings still apply while the popup is open.
  }
}

export async function permissionPageOpened(): Promise<boolean> {
  try {
    return (await chrome.storage.local.get(PERMISSION_PAGE_OPENED_KEY))[PERMISSION_PAGE_OPENED_KEY] === true;
  } catch {
    return false;
  }
}

/** Opens permission.html in a tab (the popup closes as the tab takes the focus). */
export async function openPermissionPage(): Promise<void> {
  try {
    await chrome.storage.local.set({ [PERMISSION_PAGE_OPENED_KEY]: true });
  } catch {
    // Not remembered: the page opens by itself again next time.
  }
  await chrome.tabs.create({ url: chrome.runtime.getURL("permission.html"), active: true });
}
