// The camera as reactive state: start/stop, which camera, and what went wrong in
// words. It recovers by itself where it can: a camera plugged in (again), permission
// granted in the site settings, the tab shown again after it was hidden.
import { CAMERA_PROBLEMS, describeCameraError, insecureContextProblem, type CameraProblem, type CameraState } from "./camera-errors.js";

export type { CameraState } from "./camera-errors.js";

export interface CameraOptions {
  /** The camera to use, e.g. the one chosen last time; null lets the browser choose (the rear one on phones). */
  readonly deviceId?: string | null;
  /** Resolution to ask for; cameras give the closest they have. A digit needs far less, but focus is better. */
  readonly idealWidth?: number;
  readonly idealHeight?: number;
}

export class Camera {
  state = $state<CameraState>("idle");
  /** What to tell the user about the state, when there is something to say. */
  message = $state<string | null>(null);
  stream = $state.raw<MediaStream | null>(null);
  /** The video inputs; their labels are empty until camera permission is granted. */
  devices = $state.raw<readonly MediaDeviceInfo[]>([]);
  /** The chosen camera; null lets the browser choose. */
  deviceId = $state<string | null>(null);
  /** The camera actually streaming, which is the browser's pick when deviceId is null. */
  readonly activeDeviceId = $derived(this.stream?.getVideoTracks()[0]?.getSettings().deviceId ?? null);

  readonly #idealWidth: number;
  readonly #idealHeight: number;
  /** Bumped by every start and stop, so a getUserMedia call that a later one overtook gives up its stream. */
  #attempt = 0;
  #resumeWhenVisible = false;
  #retryOnDeviceChange = false;

  constructor(options: CameraOptions = {}) {
    this.deviceId = options.deviceId ?? null;
    this.#idealWidth = options.idealWidth ?? 1280;
    this.#idealHeight = options.idealHeight ?? 720;
  }

  /**
   * Listens for cameras coming and going, the page being hidden and the
   * permission changing. Returns the cleanup, which also stops the camera:
   * `$effect(() => camera.connect())`.
   */
  connect(): () => void {
    const media = typeof navigator !== "undefined" ? navigator.mediaDevices : undefined;
    const onDeviceChange = () => void this.#onDeviceChange();
    const onVisibilityChange = () => this.#onVisibilityChange();
    media?.addEventListener("devicechange", onDeviceChange);
    document.addEventListener("visibilitychange", onVisibilityChange);

    let disconnected = false;
    let permission: PermissionStatus | null = null;
    // Allowing the camera in the site settings after a refusal starts it without a reload.
    const onPermissionChange = () => {
      if (permission?.state === "granted" && this.state === "denied") void this.startWhenVisible();
    };
    void cameraPermissionStatus().then((status) => {
      if (disconnected || !status) return;
      permission = status;
      permission.addEventListener("change", onPermissionChange);
    });
    void this.refreshDevices();

    return () => {
      disconnected = true;
      media?.removeEventListener("devicechange", onDeviceChange);
      document.removeEventListener("visibilitychange", onVisibilityChange);
      permission?.removeEventListener("change", onPermissionChange);
      this.stop();
    };
  }

  /** Starts the chosen camera (or `deviceId`), replacing any running one. Never rejects: failures land in state and message. */
  async start(deviceId: string | null = this.deviceId): Promise<void> {
    const attempt = ++this.#attempt;
    this.deviceId = deviceId;
    this.#release();
    this.#resumeWhenVisible = false;
    this.#retryOnDeviceChange = false;
    if (!window.isSecureContext) return this.#fail(insecureContextProblem(window.location.href));
    if (!navigator.mediaDevices?.getUserMedia) return this.#fail(CAMERA_PROBLEMS.unsupported);

    this.state = "starting";
    this.message = null;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: this.#constraints(deviceId) });
    } catch (error) {
      if (attempt !== this.#attempt) return;
      // The remembered camera is gone: any camera beats none.
      if (deviceId !== null && isMissingDevice(error)) return this.start(null);
      const problem = describeCameraError(error);
      this.#fail(problem);
      // Plugging a camera in starts it.
      this.#retryOnDeviceChange = problem.state === "no-camera";
      return;
    }
    if (attempt !== this.#attempt) return stopTracks(stream);

    for (const track of stream.getVideoTracks()) {
      track.addEventListener("ended", () => this.#onEnded(stream), { once: true });
    }
    this.stream = stream;
    this.state = "running";
    this.message = null;
    // Labels become readable once permission is granted.
    await this.refreshDevices();
  }

  /**
   * Starts the camera now if the page is shown, otherwise as soon as it is: a page that
   * opens in a background tab (or a permission granted from another tab) does not
   * switch a camera on that nobody is looking at. For starts nobody clicked.
   */
  async startWhenVisible(): Promise<void> {
    if (document.visibilityState === "visible") return this.start();
    this.#resumeWhenVisible = true;
  }

  /** Stops the camera and releases it (its light goes off). */
  stop(): void {
    this.#attempt++;
    this.#release();
    this.#resumeWhenVisible = false;
    this.#retryOnDeviceChange = false;
    this.state = "idle";
    this.message = null;
  }

  /**
   * The camera after the one in use, in the browser's list and round again: with a front and
   * a rear camera, the other one. Null where there is no other camera to switch to.
   */
  nextCamera(): string | null {
    if (this.devices.length < 2) return null;
    const current = this.devices.findIndex((device) => device.deviceId === (this.activeDeviceId ?? this.deviceId));
    return this.devices[(current + 1) % this.devices.length]!.deviceId;
  }

  async refreshDevices(): Promise<void> {
    try {
      const all = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
      this.devices = all.filter((device) => device.kind === "videoinput");
    } catch {
      this.devices = []; // enumeration is unavailable (insecure page, or a locked-down browser)
    }
  }

  #constraints(deviceId: string | null): MediaTrackConstraints {
    const size = { width: { ideal: this.#idealWidth }, height: { ideal: this.#idealHeight } };
    return deviceId !== null ? { ...size, deviceId: { exact: deviceId } } : { ...size, facingMode: { ideal: "environment" } };
  }

  #fail(problem: CameraProblem): void {
    this.#release();
    this.state = problem.state;
    this.message = problem.message;
  }

  #release(): void {
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
  }

  /** The browser ended the track: the camera was unplugged, or the system took it. */
  #onEnded(stream: MediaStream): void {
    if (stream !== this.stream) return;
    this.#attempt++;
    this.#fail(CAMERA_PROBLEMS.unplugged);
    this.#retryOnDeviceChange = true;
  }

  async #onDeviceChange(): Promise<void> {
    await this.refreshDevices();
    if (this.#retryOnDeviceChange && this.devices.length > 0 && document.visibilityState === "visible") {
      await this.start();
    }
  }

  /** Hidden pages give the camera back (privacy, battery; phones would stall it anyway) and take it again when shown. */
  #onVisibilityChange(): void {
    if (document.visibilityState === "hidden") {
      if (this.state !== "running" && this.state !== "starting") return;
      this.stop();
      this.#resumeWhenVisible = true;
      this.message = "Paused while the page was hidden.";
    } else if (this.#resumeWhenVisible) {
      void this.start();
    }
  }
}

/** Whether the camera is allowed already (so it can start without a click); null where browsers cannot tell. */
export async function cameraPermissionStatus(): Promise<PermissionStatus | null> {
  try {
    return (await navigator.permissions?.query({ name: "camera" as PermissionName })) ?? null;
  } catch {
    return null; // Firefox before 2025 rejects the name "camera"
  }
}

function isMissingDevice(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  return name === "OverconstrainedError" || name === "NotFoundError";
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** A name to show for a camera: its label, or "Camera 2" before permission reveals labels. */
export function cameraLabel(device: MediaDeviceInfo, index: number): string {
  return device.label || `Camera ${index + 1}`;
}
