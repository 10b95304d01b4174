import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import "@tensorflow/tfjs-backend-webgl";
import { BACKEND_PREFERENCE, type BackendName, type BackendOption } from "./backend-names.js";

export interface BackendSetup {
  /**
   * Where the app serves the tfjs-backend-wasm binaries (a folder URL ending
   * in '/', or a map of file name to URL). Without it, wasm is skipped in
   * browsers rather than fetched from a third-party CDN.
   */
  readonly wasmPaths?: string | Record<string, string>;
}

/**
 * The order 'auto' tries. WebGL drawn in software (SwiftShader or llvmpipe on a
 * machine without a usable GPU) runs on the CPU, where wasm's SIMD is several
 * times faster, so it goes after wasm.
 */
export function autoPreference(softwareWebgl: boolean): readonly BackendName[] {
  return softwareWebgl ? ["webgpu", "wasm", "webgl", "cpu"] : BACKEND_PREFERENCE;
}

/**
 * Activates the requested backend, or for 'auto' the best one that
 * initialises here, falling back down the list on failure. Returns the name
 * of the backend in use.
 */
export async function selectBackend(option: BackendOption = "auto", setup: BackendSetup = {}): Promise<BackendName> {
  const candidates = option === "auto" ? autoPreference(webglIsSoftware()) : [option];
  const failures: string[] = [];
  for (const name of candidates) {
    try {
      if (await activate(name, setup)) return name;
      failures.push(`${name}: not available`);
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(`No TensorFlow.js backend could start (${failures.join("; ")}).`);
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;

/** Whether this browser's WebGL is a software rasterizer; false where that cannot be told. */
function webglIsSoftware(): boolean {
  if (typeof OffscreenCanvas === "undefined") return false;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext("webgl2");
    if (!gl) return false;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return SOFTWARE_RENDERERS.test(renderer);
  } catch {
    return false;
  }
}

const isNode = typeof process !== "undefined" && process.versions?.node != null && typeof window === "undefined";

async function activate(name: BackendName, setup: BackendSetup): Promise<boolean> {
  if (tf.getBackend() === name) return true;
  if (name === "webgpu") {
    if (typeof navigator === "undefined" || !("gpu" in navigator)) return false;
    await import("@tensorflow/tfjs-backend-webgpu");
  }
  if (name === "webgl" && isNode) return false;
  if (name === "wasm") {
    if (setup.wasmPaths) setWasmPaths(setup.wasmPaths);
    else if (!isNode) return false;
    // Threaded wasm spawns its workers from blob: URLs, which an extension's CSP refuses, and it
    // needs SharedArrayBuffer, which only a cross-origin-isolated page may share: without isolation, one thread.
    if (typeof crossOriginIsolated !== "undefined" && !crossOriginIsolated) tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
  }
  if (!tf.findBackendFactory(name)) return false;
  if (!(await tf.setBackend(name))) return false;
  await tf.ready();
  return true;
}
