// How the popup gets the camera. A popup cannot show Chrome's camera prompt reliably, so the
// first time it opens a LiveDigits page in a tab that asks; later it just tries, and where the
// camera is still not allowed, says so and offers that page again.
import { cameraPermissionStatus, type Camera } from "@livedigits/ui";
import { openPermissionPage, permissionPageOpened } from "./storage.js";

/** The web page's "allow it in the site settings" does not fit a popup. */
export const POPUP_DENIED =
  "LiveDigits may not use the camera yet. Allow it on the LiveDigits page that opens in a tab, then click the toolbar icon again.";
/** Before the first answer: why the one button opens a tab. */
export const POPUP_ASK = "Chrome asks for the camera on a LiveDigits page in a tab, once. Allow it there, then click the toolbar icon again.";

export class PopupCamera {
  /** The camera permission of the extension's origin, as far as the browser tells. */
  permission = $state<PermissionState | "unknown">("unknown");
  /** The permission was looked up: until then nothing is offered, so no button flashes on a popup already allowed. */
  #checked = $state(false);
  /** Whether to offer the permission page. */
  readonly needsPermission = $derived.by(
    () => this.camera.state === "denied" || (this.#checked && this.permission !== "granted" && this.camera.state === "idle"),
  );
  readonly camera: Camera;

  constructor(camera: Camera) {
    this.camera = camera;
  }

  /**
   * Loads what must be loaded first (`beforeStart`, e.g. the saved settings), then starts the
   * camera or opens the permission page; follows the permission from then on, and stops the
   * camera when the popup closes. `$effect(() => popupCamera.connect(...))`; returns the cleanup.
   */
  connect(beforeStart: () => Promise<void>): () => void {
    let status: PermissionStatus | null = null;
    let gone = false;
    const onChange = () => {
      this.permission = status?.state ?? "unknown";
      if (this.permission === "granted" && this.camera.state !== "running" && this.camera.state !== "starting") void this.camera.start();
    };
    // Closing the popup unloads the page, which releases the camera too; stopping says so at once.
    const stop = () => this.camera.stop();
    addEventListener("pagehide", stop);
    const stopEffects = $effect.root(() => {
      $effect(() => {
        if (this.camera.state === "denied") this.camera.message = POPUP_DENIED;
        else if (this.camera.state === "idle" && this.needsPermission) this.camera.message = POPUP_ASK;
      });
    });
    void (async () => {
      const [opened] = await Promise.all([permissionPageOpened(), beforeStart()]);
      status = await cameraPermissionStatus();
      if (gone) return;
      this.permission = status?.state ?? "unknown";
      this.#checked = true;
      status?.addEventListener("change", onChange);
      if (this.permission !== "granted" && !opened) return void openPermissionPage();
      // Where the camera is still not allowed this fails at once, and the message and the
      // "Allow the camera…" button point to the permission page again.
      void this.camera.start();
    })();
    return () => {
      gone = true;
      status?.removeEventListener("change", onChange);
      removeEventListener("pagehide", stop);
      stopEffects();
    };
  }
}
