export { Camera, cameraPermissionStatus, cameraLabel } from "./camera.svelte.js";
export type { CameraOptions, CameraState } from "./camera.svelte.js";
export { CAMERA_PROBLEMS, describeCameraError } from "./camera-errors.js";
export type { CameraProblem } from "./camera-errors.js";
export { LiveReader } from "./live-reader.svelte.js";
export type { LiveReaderOptions, ReaderStatus } from "./live-reader.svelte.js";
export { LiveSession, DEFAULT_LIVE_SETTINGS } from "./live-session.svelte.js";
export type { CameraStart, LiveSessionOptions, LiveSettings, LiveSettingsStore } from "./live-session.svelte.js";
export {
  defaultRoi,
  toFrameRoi,
  clampRoi,
  moveRoi,
  resizeRoi,
  mirrorRoi,
  parseRoi,
  formatRoi,
  isValidRoi,
  MIN_ROI_SIZE,
  ROI_HANDLES,
} from "./roi-geometry.js";
export type { NormalisedRoi, RoiHandle } from "./roi-geometry.js";
export { describeReading, PLACE_A_DIGIT } from "./reading-text.js";
export type { ReadingText } from "./reading-text.js";
export { RateMeter } from "./rate-meter.js";
export { PersistedSettings, browserStorage } from "./persisted-settings.svelte.js";
export type { SettingsCodec, UrlSettingsLayer } from "./persisted-settings.svelte.js";
export { registerServiceWorker } from "./offline.js";
export { default as FrameStage } from "./FrameStage.svelte";
export { default as CameraView } from "./CameraView.svelte";
export { default as RoiBox } from "./RoiBox.svelte";
export { default as ReadingDisplay } from "./ReadingDisplay.svelte";
export { default as CameraStatus } from "./CameraStatus.svelte";
export { default as CameraPicker } from "./CameraPicker.svelte";
