// Stand-ins for the browser's own APIs (Worker, createImageBitmap, a playing <video>,
// mediaDevices), so that the classes built on them run under vitest in Node.
import { vi } from "vitest";
import type { FromReaderWorker, ToReaderWorker } from "../reader-protocol.js";

/** Worker and createImageBitmap as the fakes below, and the page's location, which Vite's worker URL is resolved against. */
export function stubWorkerApis(): void {
  vi.stubGlobal("Worker", FakeWorker);
  vi.stubGlobal("createImageBitmap", fakeCreateImageBitmap);
  vi.stubGlobal("self", { location: new URL("http://localhost/") });
}

/** A Worker that records what the page posts and answers only when a test says so. */
export class FakeWorker extends EventTarget {
  static readonly instances: FakeWorker[] = [];
  readonly posted: ToReaderWorker[] = [];
  terminated = false;

  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    super();
    FakeWorker.instances.push(this);
  }

  static latest(): FakeWorker {
    const worker = FakeWorker.instances.at(-1);
    if (!worker) throw new Error("No worker was created.");
    return worker;
  }

  postMessage(message: ToReaderWorker): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The messages posted of one type. */
  sent<T extends ToReaderWorker["type"]>(type: T): Extract<ToReaderWorker, { type: T }>[] {
    return this.posted.filter((message): message is Extract<ToReaderWorker, { type: T }> => message.type === type);
  }

  /** The worker answers the page. */
  reply(message: FromReaderWorker): void {
    this.dispatchEvent(new MessageEvent("message", { data: message }));
  }

  /** The worker's script failed to load or threw at the top level. */
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event("error", { cancelable: true }), { message }));
  }
}

export interface FakeBitmap {
  readonly width: number;
  readonly height: number;
  closed: boolean;
  close(): void;
}

export function fakeBitmap(width: number, height: number): FakeBitmap {
  return {
    width,
    height,
    closed: false,
    close() {
      this.closed = true;
    },
  };
}

/** createImageBitmap: a copy of the source's size; a closed bitmap cannot be copied, as in browsers. */
export async function fakeCreateImageBitmap(source: { videoWidth?: number; width?: number; height?: number; videoHeight?: number; closed?: boolean }): Promise<FakeBitmap> {
  if (source.closed) throw new DOMException("The image source is detached.", "InvalidStateError");
  return fakeBitmap(source.videoWidth ?? source.width ?? 0, source.videoHeight ?? source.height ?? 0);
}

/** A playing <video>: `present()` shows the next camera frame(s) to whoever asked for a frame callback. */
export class FakeVideo {
  videoWidth = 640;
  videoHeight = 480;
  #callbacks = new Map<number, VideoFrameRequestCallback>();
  #nextId = 1;
  #presentedFrames = 0;

  requestVideoFrameCallback(callback: VideoFrameRequestCallback): number {
    const id = this.#nextId++;
    this.#callbacks.set(id, callback);
    return id;
  }

  cancelVideoFrameCallback(id: number): void {
    this.#callbacks.delete(id);
  }

  /** `frames` new camera frames arrive; the page is called back once, as a busy page is. */
  present(frames = 1): void {
    this.#presentedFrames += frames;
    const callbacks = [...this.#callbacks.values()];
    this.#callbacks.clear();
    const metadata = { presentedFrames: this.#presentedFrames } as VideoFrameCallbackMetadata;
    for (const callback of callbacks) callback(performance.now(), metadata);
  }

  get waiting(): number {
    return this.#callbacks.size;
  }

  asVideo(): HTMLVideoElement {
    return this as unknown as HTMLVideoElement;
  }
}

/** Lets pending promise callbacks (createImageBitmap, getUserMedia) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A camera's video track: `unplug()` ends it as the browser does when the camera goes away. */
export class FakeTrack extends EventTarget {
  readyState: MediaStreamTrackState = "live";
  readonly kind = "video";

  constructor(readonly deviceId: string) {
    super();
  }

  getSettings(): MediaTrackSettings {
    return { deviceId: this.deviceId };
  }

  stop(): void {
    this.readyState = "ended";
  }

  unplug(): void {
    this.readyState = "ended";
    this.dispatchEvent(new Event("ended"));
  }
}

export class FakeStream {
  readonly track: FakeTrack;

  constructor(deviceId: string) {
    this.track = new FakeTrack(deviceId);
  }

  getVideoTracks(): FakeTrack[] {
    return [this.track];
  }

  getTracks(): FakeTrack[] {
    return [this.track];
  }
}

interface PendingRequest {
  readonly constraints: MediaStreamConstraints;
  resolve(stream: FakeStream): void;
  reject(error: unknown): void;
}

/**
 * navigator.mediaDevices with cameras a test plugs in and unplugs. getUserMedia grants the
 * asked-for camera (or the first), refuses with `refuseWith`, or, while `holding`, waits for `answer()`.
 */
export class FakeMediaDevices extends EventTarget {
  cameras: string[] = ["front", "back"];
  /** A DOMException name every getUserMedia call rejects with, e.g. "NotAllowedError". */
  refuseWith: string | null = null;
  holding = false;
  readonly requests: MediaStreamConstraints[] = [];
  readonly streams: FakeStream[] = [];
  readonly #pending: PendingRequest[] = [];

  getUserMedia(constraints: MediaStreamConstraints): Promise<FakeStream> {
    this.requests.push(constraints);
    return new Promise((resolve, reject) => {
      const request = { constraints, resolve, reject };
      if (this.holding) this.#pending.push(request);
      else this.#answer(request);
    });
  }

  async enumerateDevices(): Promise<MediaDeviceInfo[]> {
    return this.cameras.map((deviceId) => ({ deviceId, kind: "videoinput", label: deviceId, groupId: "" }) as MediaDeviceInfo);
  }

  /** Answers the calls held so far. */
  answer(): void {
    this.holding = false;
    for (const request of this.#pending.splice(0)) this.#answer(request);
  }

  plug(deviceId: string): void {
    this.cameras.push(deviceId);
    this.dispatchEvent(new Event("devicechange"));
  }

  #answer({ constraints, resolve, reject }: PendingRequest): void {
    if (this.refuseWith) return reject(new DOMException("Refused.", this.refuseWith));
    const video = constraints.video as MediaTrackConstraints;
    const wanted = (video.deviceId as ConstrainDOMStringParameters | undefined)?.exact as string | undefined;
    if (wanted !== undefined && !this.cameras.includes(wanted)) return reject(new DOMException("Gone.", "OverconstrainedError"));
    const deviceId = wanted ?? this.cameras[0];
    if (deviceId === undefined) return reject(new DOMException("No camera.", "NotFoundError"));
    const stream = new FakeStream(deviceId);
    this.streams.push(stream);
    resolve(stream);
  }
}

/** The page's visibility, which a test flips. */
export class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = "visible";

  show(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event("visibilitychange"));
  }
}

/** The camera permission as navigator.permissions reports it. */
export class FakePermissionStatus extends EventTarget {
  constructor(public state: PermissionState) {
    super();
  }

  change(state: PermissionState): void {
    this.state = state;
    this.dispatchEvent(new Event("change"));
  }
}
