import { describe, expect, it } from "vitest";
import { CAMERA_PROBLEMS, describeCameraError, insecureContextProblem } from "./camera-errors.js";

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

describe("insecureContextProblem", () => {
  it("names the page and its https address, start:lan, and a published copy", () => {
    const problem = insecureContextProblem("http://192.168.1.23:4173/?threshold=0.9#top", "");
    expect(problem.state).toBe("error");
    expect(problem.message).toContain("http://192.168.1.23:4173/?threshold=0.9 is not one");
    expect(problem.message).toContain("Open https://192.168.1.23:4173/?threshold=0.9 instead");
    expect(problem.message).toContain("run pnpm start:lan and open the https:// address it prints");
    expect(problem.message).toContain("open a copy of LiveDigits published on an https:// site");
  });

  it("links the hosted page when the build knows one", () => {
    const problem = insecureContextProblem("http://lan.test/kiosk/", "https://someone.github.io/livedigits/");
    expect(problem.message).toContain("Open https://lan.test/kiosk/ instead");
    expect(problem.message).toContain("open the hosted page, https://someone.github.io/livedigits/.");
  });

  it("knows no hosted page outside a build that sets one", () => {
    expect(insecureContextProblem("http://lan.test/").message).toContain("published on an https:// site");
  });
});
