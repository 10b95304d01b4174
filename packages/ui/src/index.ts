export { Camera, cameraPermissionStatus, cameraLabel } from "./camera.svelte.js";
export type { CameraOptions, CameraState } from "./camera.svelte.js";
export { CAMERA_PROBLEMS, describeCameraError } from "./camera-errors.js";
export type { CameraProblem } from "./camera-errors.js";
export { LiveReader } from "./live-reader.svelte.js";
export type { LiveReaderOptions, ReaderStatus } from "./live-reader.svelte.js";
export { LiveSession } from "./live-session.svelte.js";
export type { CameraStart, LiveSessionOptions, LiveSettingsStore } from "./live-session.svelte.js";
export { DEFAULT_LIVE_SETTINGS, DEFAULT_MAX_DIGITS, DEFAULT_THRESHOLD, MAX_DIGITS_RANGE, THRESHOLD_RANGE } from "./settings-fields.js";
export type { LiveSettings } from "./settings-fields.js";
export {
  defaultRoi,
  toFrameRoi,
  fromFrameRoi,
  toFrameRegion,
  searchAreaAround,
  normalisedRoi,
  moveRoi,
  resizeRoi,
  mirrorRoi,
  parseRoi,
  formatRoi,
  isValidRoi,
  MIN_ROI_SIZE,
  ROI_HANDLES,
} from "./roi-geometry.js";
export type { NormalisedRegion, NormalisedRoi, RoiHandle } from "./roi-geometry.js";
export { adviceFor, describeReading, NO_PICTURE, PLACE_A_DIGIT, shownNumber } from "./reading-text.js";
export { digitCells, focusCell } from "./digit-cells.js";
export type { DigitCell } from "./digit-cells.js";
export type { ReadingText } from "./reading-text.js";
export { RateMeter } from "./rate-meter.js";
export { DigitClipboard, isCopyKey } from "./digit-clipboard.svelte.js";
export { ReadingHistory } from "./reading-history.svelte.js";
export type { HistoryEntry } from "./reading-history.svelte.js";
export { PersistedSettings, browserStorage } from "./persisted-settings.svelte.js";
export type { SettingsCodec, UrlSettingsLayer } from "./persisted-settings.svelte.js";
export { registerServiceWorker } from "./offline.js";
export { default as FrameStage } from "./FrameStage.svelte";
export { default as CameraView } from "./CameraView.svelte";
export { default as RoiBox } from "./RoiBox.svelte";
export { default as InkBox } from "./InkBox.svelte";
export { default as ReadingDisplay } from "./ReadingDisplay.svelte";
export { default as ReadingBadge } from "./ReadingBadge.svelte";
export { default as CameraStatus } from "./CameraStatus.svelte";
export { default as CameraPicker } from "./CameraPicker.svelte";
export { default as ThresholdControl } from "./ThresholdControl.svelte";
export { default as InkControl } from "./InkControl.svelte";
export { default as SteadyAnswersControl } from "./SteadyAnswersControl.svelte";
export { default as MaxDigitsControl } from "./MaxDigitsControl.svelte";
export { default as SettingsGroup } from "./SettingsGroup.svelte";
export { default as CameraOffMessage } from "./CameraOffMessage.svelte";
