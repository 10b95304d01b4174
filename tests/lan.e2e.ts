// `pnpm start:lan` (#17): the built web page and kiosk over HTTPS on this computer's network
// addresses, as a phone on the same Wi-Fi opens them. Chromium accepts the self-signed
// certificate by --ignore-certificate-errors, as a person accepts its warning once.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectLiveReader, launchApp, readSteadyDigit } from "./support/app.js";
import { openTeacherSettings } from "./support/kiosk.js";
import { LAN_E2E_PORT, repoRoot } from "./support/paths.js";
import { digitVideos } from "./support/videos.js";

interface Served {
  /** Each app's LAN URLs as printed, the likeliest first, and its URL on this computer. */
  readonly apps: Record<string, { lan: string[]; local: string }>;
  readonly output: string;
}

let server: ChildProcessWithoutNullStreams;
let served: Served;

/** The URLs start:lan printed under each app's name. */
function parseBanner(output: string): Served["apps"] {
  const apps: Served["apps"] = {};
  let current: { lan: string[]; local: string } | null = null;
  for (const line of output.split("\n")) {
    const name = line.match(/^ {2}(\w+)$/)?.[1];
    if (name) current = apps[name] = { lan: [], local: "" };
    const url = line.match(/^ {4}(https:\/\/\S+)(\s+\(this computer\))?$/);
    if (url && current) {
      if (url[2]) current.local = url[1]!;
      else current.lan.push(url[1]!);
    }
  }
  return apps;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Exactly what `pnpm start:lan` runs after building (the suite's web servers built both apps).
  server = spawn(process.execPath, ["tooling/vite/dist/serve-lan.js", "--port", String(LAN_E2E_PORT), "apps/web", "apps/kiosk"], { cwd: repoRoot });
  let output = "";
  let errors = "";
  await new Promise<void>((resolve, reject) => {
    server.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Press Ctrl+C to stop.")) resolve();
    });
    server.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    server.on("exit", (code) => reject(new Error(`serve-lan exited (${code}): ${errors}`)));
  });
  served = { apps: parseBanner(output), output };
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

/** Where a phone would open `app`: its first LAN URL, or this computer's when it has no network. */
function urlOf(app: string): string {
  const urls = served.apps[app];
  if (!urls) throw new Error(`start:lan printed no URLs for ${app}:\n${served.output}`);
  return urls.lan[0] ?? urls.local;
}

test("prints each app's https URLs, a QR code and what the certificate warning means", () => {
  for (const app of ["web", "kiosk"]) {
    expect(served.apps[app]?.local, app).toMatch(/^https:\/\/localhost:\d+\/$/);
    for (const url of served.apps[app]!.lan) expect(url, app).toMatch(/^https:\/\/(\d+\.\d+\.\d+\.\d+|\[[0-9a-f:]+\]):\d+\/$/);
  }
  expect(served.apps.web!.local).toBe(`https://localhost:${LAN_E2E_PORT}/`);
  expect(served.apps.kiosk!.local).toBe(`https://localhost:${LAN_E2E_PORT + 1}/`);
  expect(served.output).toMatch(/warns once that the connection\s+is not private/);
  if (served.apps.web!.lan.length > 0) {
    expect(served.output).toContain(`point a phone's camera at this code to open ${served.apps.web!.lan[0]}`);
    expect(served.output).toMatch(/[▀▄█]{10}/);
  } else {
    test.info().annotations.push({ type: "note", description: "this computer has no network address: only https://localhost was tried" });
  }
});

test("serves the web page over HTTPS, where Chromium gives it the fake camera and it reads a digit", async () => {
  const video = digitVideos()[2]!;
  const url = urlOf("web");
  const app = await launchApp({ video: video.file, allowCamera: true, url, browserArgs: ["--ignore-certificate-errors"] });
  try {
    const { page } = app;
    await page.goto(url);
    expect(await page.evaluate(() => [location.protocol, window.isSecureContext])).toEqual(["https:", true]);
    await expectLiveReader(page);
    const reading = await readSteadyDigit(page);
    expect(reading.digit).toBe(video.label);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("the kiosk's teacher settings show its LAN address and a QR code for a phone", async () => {
  const url = urlOf("kiosk");
  const app = await launchApp({ video: digitVideos()[0]!.file, allowCamera: true, url, browserArgs: ["--ignore-certificate-errors"] });
  try {
    const { page } = app;
    await page.goto(`${url}?sound=0`);
    await expectLiveReader(page);
    await openTeacherSettings(page);
    const hint = page.getByTestId("phone-camera");
    if (served.apps.kiosk!.lan.length > 0) {
      await expect(hint).toHaveAttribute("data-kind", "lan");
      await expect(hint.getByTestId("phone-url")).toHaveText(served.apps.kiosk!.lan[0]!);
      await expect(hint.getByRole("img", { name: `QR code of ${served.apps.kiosk!.lan[0]}` })).toBeVisible();
      await expect(hint).toContainText("warns once that the connection is not private");
    } else {
      await expect(hint).toHaveAttribute("data-kind", "localhost");
    }
    await page.screenshot({ path: test.info().outputPath("kiosk-phone-hint.png") });
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});
