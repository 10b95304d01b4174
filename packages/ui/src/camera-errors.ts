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
  insecure: {
    state: "error",
    message: "Browsers only allow the camera on secure pages. Open LiveDigits over https:// (or on localhost).",
  },
  unsupported: {
    state: "error",
    message: "This browser cannot use a camera. Try a current Chrome, Edge, Firefox or Safari, or read a photo instead.",
  },
} as const satisfies Record<string, CameraProblem>;

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
