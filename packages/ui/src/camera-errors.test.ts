import { describe, expect, it } from "vitest";
import { CAMERA_PROBLEMS, describeCameraError } from "./camera-errors.js";

const domError = (name: string, message = "") => Object.assign(new Error(message), { name });

describe("describeCameraError", () => {
  it("calls a refused permission 'denied'", () => {
    expect(describeCameraError(domError("NotAllowedError", "Permission denied"))).toBe(CAMERA_PROBLEMS.denied);
    expect(describeCameraError(domError("SecurityError")).state).toBe("denied");
  });

  it("calls a missing camera 'no-camera'", () => {
    expect(describeCameraError(domError("NotFoundError"))).toBe(CAMERA_PROBLEMS.noCamera);
    expect(describeCameraError(domError("OverconstrainedError")).state).toBe("no-camera");
  });

  it("explains a camera another app holds", () => {
    expect(describeCameraError(domError("NotReadableError", "Could not start video source"))).toBe(CAMERA_PROBLEMS.busy);
    expect(CAMERA_PROBLEMS.busy.message).toMatch(/busy/);
  });

  it("passes on the details of anything else, with a way out", () => {
    const problem = describeCameraError(domError("WeirdError", "the driver crashed"));
    expect(problem.state).toBe("error");
    expect(problem.message).toContain("WeirdError: the driver crashed");
    expect(problem.message).toContain("Try again");
    expect(describeCameraError("nope").message).toContain("unknown error: nope");
  });
});
