// What went wrong with the camera, in words a person can act on. getUserMedia
// reports problems as DOMException names; these are the ones browsers use.

export type CameraState = "idle" | "starting" | "running" | "denied" | "no-camera" | "error";

export interface CameraProblem {
  readonly state: Extract<CameraState, "denied" | "no-camera" | "error">;
  readonly message: string;
}

export const CAMERA_PROBLEMS = {
  denied: {
    state: "denied",
    message:
      "Camera access was refused. Allow the camera for this site (the camera icon in the address bar, or the site settings), then press Try again.",
  },
  blocked: {
    state: "denied",
    message: "Camera access is blocked on this page by a browser policy. Open LiveDigits in its own tab, or read a photo instead.",
  },
  noCamera: {
    state: "no-camera",
    message: "No camera was found. Connect one (LiveDigits starts it as soon as it appears), or read a photo instead.",
  },
  busy: {
    state: "error",
    message: "The camera is busy: another app or tab is using it, or the system blocked it. Close the other app, then press Try again.",
  },
  unplugged: {
    state: "error",
    message: "The camera was disconnected. Plug it back in and LiveDigits resumes by itself, or press Try again.",
  },
  unsupported: {
    state: "error",
    message: "This browser cannot use a camera. Try a current Chrome, Edge, Firefox or Safari, or read a photo instead.",
  },
} as const satisfies Record<string, CameraProblem>;

declare const __LIVEDIGITS_HOSTED_URL__: string | undefined;
/**
 * The https:// address of a published copy of LiveDigits, set when the app is built
 * (LIVEDIGITS_HOSTED_URL, through @livedigits/vite-config's deploymentOptions); "" where none is.
 */
const HOSTED_URL = typeof __LIVEDIGITS_HOSTED_URL__ === "string" ? __LIVEDIGITS_HOSTED_URL__ : "";

/**
 * A page that is not a secure context (plain http on a name other than localhost, e.g. a laptop's
 * address opened on a phone) gets no camera from any browser: the ways out, with its https address.
 */
export function insecureContextProblem(pageUrl: string, hostedUrl: string = HOSTED_URL): CameraProblem {
  const page = new URL(pageUrl);
  page.hash = "";
  const secure = new URL(page.href);
  secure.protocol = "https:";
  const hosted = hostedUrl ? `open the hosted page, ${hostedUrl}` : "open a copy of LiveDigits published on an https:// site";
  return {
    state: "error",
    message:
      `Browsers give the camera only to secure pages, and ${page.href} is not one. ` +
      `Open ${secure.href} instead if this server offers https; ` +
      `or, on the computer that serves LiveDigits, run pnpm start:lan and open the https:// address it prints (accept the certificate warning once); ` +
      `or ${hosted}.`,
  };
}

/** Maps a getUserMedia rejection to a state and a message. */
export function describeCameraError(error: unknown): CameraProblem {
  const name = typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError": // older Chrome
      return CAMERA_PROBLEMS.denied;
    case "SecurityError":
      return CAMERA_PROBLEMS.blocked;
    case "NotFoundError":
    case "DevicesNotFoundError":
    case "OverconstrainedError":
      return CAMERA_PROBLEMS.noCamera;
    case "NotReadableError":
    case "TrackStartError":
    case "AbortError":
      return CAMERA_PROBLEMS.busy;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return { state: "error", message: `The camera could not start (${name || "unknown error"}: ${detail}). Press Try again.` };
    }
  }
}
