// Starts one TF.js backend in the page, or says why it cannot start here.
import { selectBackend, type BackendName } from "@livedigits/core";
import * as tf from "@tensorflow/tfjs-core";
import type { BackendStart } from "./protocol.js";

export const WASM_PATHS = "/wasm/";

export async function startBackend(backend: BackendName): Promise<BackendStart> {
  try {
    await selectBackend(backend, { wasmPaths: WASM_PATHS });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `${message}${await whyUnavailable(backend)}` };
  }
  return { ok: true, backend, detail: describeBackend(backend) };
}

async function whyUnavailable(backend: BackendName): Promise<string> {
  if (backend !== "webgpu") return "";
  if (!("gpu" in navigator)) return " navigator.gpu is missing: this Chromium offers no WebGPU here.";
  const adapter = await navigator.gpu.requestAdapter().catch(() => null);
  if (!adapter) {
    return " navigator.gpu.requestAdapter() found no adapter: there is no GPU Chromium will use (headless, no GPU; --enable-unsafe-webgpu would offer SwiftShader's CPU emulation, which no visitor's browser uses).";
  }
  return " An adapter exists, but TF.js could not start on it.";
}

function describeBackend(backend: BackendName): string {
  if (backend === "webgl") {
    const gl = new OffscreenCanvas(1, 1).getContext("webgl2");
    const info = gl?.getExtension("WEBGL_debug_renderer_info");
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "renderer unknown";
    return `WebGL ${tf.env().getNumber("WEBGL_VERSION")}: ${renderer}`;
  }
  if (backend === "wasm") {
    const simd = tf.env().getBool("WASM_HAS_SIMD_SUPPORT");
    const threads = tf.env().getBool("WASM_HAS_MULTITHREAD_SUPPORT") && crossOriginIsolated;
    return `${simd ? "SIMD" : "no SIMD"}, ${threads ? "multi-threaded" : "one thread (the page is not cross-origin isolated, as the apps are not)"}`;
  }
  if (backend === "webgpu") return "WebGPU";
  return "plain JavaScript";
}
