import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CAMERA_PROBLEMS, insecureContextProblem } from "./camera-errors.js";
import { Camera } from "./camera.svelte.js";
import { FakeDocument, FakeMediaDevices, FakePermissionStatus, settle } from "./testing/fake-browser.js";

let media: FakeMediaDevices;
let page: FakeDocument;
let permission: FakePermissionStatus;

function browser({ secure = true, mediaDevices = true } = {}): void {
  media = new FakeMediaDevices();
  page = new FakeDocument();
  permission = new FakePermissionStatus("prompt");
  vi.stubGlobal("window", { isSecureContext: secure, location: new URL(secure ? "https://lan.test/" : "http://lan.test:4173/") });
  vi.stubGlobal("document", page);
  vi.stubGlobal("navigator", {
    mediaDevices: mediaDevices ? media : undefined,
    permissions: { query: async () => permission },
  });
}

/** A camera connected to the fake browser, as `$effect(() => camera.connect())` does. */
async function connected(camera = new Camera()): Promise<{ camera: Camera; disconnect: () => void }> {
  const disconnect = camera.connect();
  await settle();
  return { camera, disconnect };
}

beforeEach(() => browser());
afterEach(() => vi.unstubAllGlobals());

describe("Camera", () => {
  it("goes idle → starting → running, with the stream, the camera in use and the list of cameras", async () => {
    const { camera } = await connected();
    expect(camera.state).toBe("idle");
    const started = camera.start();
    expect(camera.state).toBe("starting");
    await started;
    expect(camera.state).toBe("running");
    expect(camera.stream).toBe(media.streams[0]);
    expect(camera.activeDeviceId).toBe("front");
    expect(camera.devices.map((device) => device.deviceId)).toEqual(["front", "back"]);
  });

  it("asks for the rear camera unless one was chosen, and for a chosen one exactly", async () => {
    const { camera } = await connected(new Camera({ deviceId: "back", idealWidth: 640, idealHeight: 480 }));
    await camera.start(null);
    await camera.start("back");
    expect(media.requests).toEqual([
      { audio: false, video: { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: { ideal: "environment" } } },
      { audio: false, video: { width: { ideal: 640 }, height: { ideal: 480 }, deviceId: { exact: "back" } } },
    ]);
    expect(camera.activeDeviceId).toBe("back");
  });

  it("stops the running camera when another is chosen", async () => {
    const { camera } = await connected();
    await camera.start();
    await camera.start("back");
    expect(media.streams.map((stream) => stream.track.readyState)).toEqual(["ended", "live"]);
  });

  it("takes any camera when the remembered one is gone", async () => {
    const { camera } = await connected(new Camera({ deviceId: "unplugged-last-week" }));
    await camera.start();
    expect(camera.state).toBe("running");
    expect(camera.activeDeviceId).toBe("front");
    expect(camera.deviceId).toBeNull();
  });

  it("says the camera was refused, and starts once it is allowed in the site settings", async () => {
    const { camera } = await connected();
    media.refuseWith = "NotAllowedError";
    await camera.start();
    expect([camera.state, camera.message]).toEqual(["denied", CAMERA_PROBLEMS.denied.message]);
    expect(camera.stream).toBeNull();

    media.refuseWith = null;
    permission.change("granted");
    await settle();
    expect(camera.state).toBe("running");
  });

  it("says there is no camera, and starts the one plugged in", async () => {
    media.cameras = [];
    const { camera } = await connected();
    await camera.start();
    expect([camera.state, camera.message]).toEqual(["no-camera", CAMERA_PROBLEMS.noCamera.message]);
    media.plug("usb");
    await settle();
    expect(camera.state).toBe("running");
    expect(camera.activeDeviceId).toBe("usb");
  });

  it("says the camera was unplugged when its track ends, and resumes when a camera comes back", async () => {
    const { camera } = await connected();
    await camera.start();
    media.streams[0]!.track.unplug();
    expect([camera.state, camera.message]).toEqual(["error", CAMERA_PROBLEMS.unplugged.message]);
    expect(camera.stream).toBeNull();
    media.plug("front-again");
    await settle();
    expect(camera.state).toBe("running");
  });

  it("gives the camera back while the page is hidden and takes it again when shown", async () => {
    const { camera } = await connected();
    await camera.start();
    page.show("hidden");
    expect([camera.state, camera.message]).toEqual(["idle", "Paused while the page was hidden."]);
    expect(media.streams[0]!.track.readyState).toBe("ended");
    page.show("visible");
    await settle();
    expect(camera.state).toBe("running");
    expect(media.streams).toHaveLength(2);
  });

  it("starts when visible only: a page opened in a background tab waits until it is shown", async () => {
    const { camera } = await connected();
    page.visibilityState = "hidden";
    await camera.startWhenVisible();
    expect([camera.state, media.requests.length]).toEqual(["idle", 0]);
    page.show("visible");
    await settle();
    expect([camera.state, media.requests.length]).toEqual(["running", 1]);
  });

  it("forgets a start waiting for the page to be shown once it is stopped", async () => {
    const { camera } = await connected();
    page.visibilityState = "hidden";
    await camera.startWhenVisible();
    camera.stop();
    page.show("visible");
    await settle();
    expect([camera.state, media.requests.length]).toEqual(["idle", 0]);
  });

  it("starts on a permission granted in the site settings only once the page is shown", async () => {
    const { camera } = await connected();
    media.refuseWith = "NotAllowedError";
    await camera.start();
    media.refuseWith = null;
    page.show("hidden");
    permission.change("granted");
    await settle();
    expect(camera.state).toBe("denied");
    page.show("visible");
    await settle();
    expect(camera.state).toBe("running");
  });

  it("does not start on showing the page a camera that was off", async () => {
    const { camera } = await connected();
    page.show("hidden");
    page.show("visible");
    await settle();
    expect(camera.state).toBe("idle");
    expect(media.requests).toEqual([]);
  });

  it("names the camera to switch to: the other one of two, round a longer list, none with one", async () => {
    const { camera } = await connected();
    await camera.start();
    expect(camera.nextCamera()).toBe("back");
    await camera.start("back");
    expect(camera.nextCamera()).toBe("front");
    media.plug("usb");
    await settle();
    expect(camera.nextCamera()).toBe("usb");
    media.cameras = ["front"];
    await camera.refreshDevices();
    expect(camera.nextCamera()).toBeNull();
  });

  it("stops: releases the camera and says nothing", async () => {
    const { camera } = await connected();
    await camera.start();
    camera.stop();
    expect([camera.state, camera.message, camera.stream]).toEqual(["idle", null, null]);
    expect(media.streams[0]!.track.readyState).toBe("ended");
  });

  it("gives up the stream of a start that a stop overtook", async () => {
    const { camera } = await connected();
    media.holding = true;
    const started = camera.start();
    camera.stop();
    media.answer();
    await started;
    expect(camera.state).toBe("idle");
    expect(camera.stream).toBeNull();
    expect(media.streams[0]!.track.readyState).toBe("ended");
  });

  it("keeps only the newest of two starts", async () => {
    const { camera } = await connected();
    media.holding = true;
    const first = camera.start("front");
    const second = camera.start("back");
    media.answer();
    await Promise.all([first, second]);
    expect(camera.activeDeviceId).toBe("back");
    expect(media.streams.map((stream) => stream.track.readyState)).toEqual(["ended", "live"]);
  });

  it("explains an insecure page and a browser without cameras", async () => {
    browser({ secure: false });
    const insecure = new Camera();
    await insecure.start();
    expect([insecure.state, insecure.message]).toEqual(["error", insecureContextProblem("http://lan.test:4173/").message]);
    expect(insecure.message).toContain("Open https://lan.test:4173/ instead");

    browser({ mediaDevices: false });
    const unsupported = new Camera();
    await unsupported.start();
    expect([unsupported.state, unsupported.message]).toEqual(["error", CAMERA_PROBLEMS.unsupported.message]);
  });

  it("stops the camera and stops listening when disconnected", async () => {
    const { camera, disconnect } = await connected();
    await camera.start();
    disconnect();
    expect(camera.state).toBe("idle");
    media.plug("usb");
    permission.change("granted");
    page.show("visible");
    await settle();
    expect(camera.state).toBe("idle");
    expect(media.streams).toHaveLength(1);
  });
});
