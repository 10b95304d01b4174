// Reads the BUILT manifest (dist/manifest.json, from `pnpm build`) and fails on
// anything it asks for beyond what the popup truly needs.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALLOWED_PERMISSIONS, ALLOWED_POLICY_SOURCES } from "./manifest.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const manifestFile = `${dist}manifest.json`;

function builtManifest(): Record<string, unknown> {
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`pnpm --filter @livedigits/extension build\` first.`);
  return JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, unknown>;
}

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe("the built manifest", () => {
  const manifest = builtManifest();

  it("is Manifest V3", () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it("asks for no permission beyond the allowed ones", () => {
    const permissions = (manifest.permissions ?? []) as string[];
    expect(permissions.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
  });

  it("asks for no host access, optional permissions or content scripts", () => {
    for (const field of ["host_permissions", "optional_permissions", "optional_host_permissions", "content_scripts"]) {
      const value = manifest[field];
      expect(value === undefined || (Array.isArray(value) && value.length === 0), `${field}: ${JSON.stringify(value)}`).toBe(true);
    }
  });

  it("exposes no file to web pages and lets no page or extension connect", () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it("has a policy for its pages that allows wasm and names nothing remote", () => {
    const csp = manifest.content_security_policy as Record<string, unknown> | undefined;
    expect(csp).toBeDefined();
    expect(Object.keys(csp ?? {}).filter((key) => key !== "extension_pages")).toEqual([]);
    const policy = parsePolicy(String(csp?.extension_pages ?? ""));
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const [directive, sources] of policy) {
      const unexpected = sources.filter((source) => !ALLOWED_POLICY_SOURCES.includes(source));
      expect(unexpected, `${directive} names ${unexpected.join(" ")}`).toEqual([]);
      if (directive !== "style-src") expect(sources, directive).not.toContain("'unsafe-inline'");
    }
  });

  it("bundles the popup, the permission page, the model and the wasm binaries", () => {
    const action = manifest.action as { default_popup?: string } | undefined;
    expect(action?.default_popup).toBe("popup.html");
    const model = JSON.parse(readFileSync(`${dist}model/model.json`, "utf8")) as { weightsManifest: { paths: string[] }[] };
    const files = [
      "popup.html",
      "permission.html",
      "model/model.json",
      ...model.weightsManifest.flatMap((group) => group.paths.map((path) => `model/${path}`)),
      "wasm/tfjs-backend-wasm.wasm",
      "wasm/tfjs-backend-wasm-simd.wasm",
      "wasm/tfjs-backend-wasm-threaded-simd.wasm",
    ];
    expect(files.filter((file) => !existsSync(`${dist}${file}`))).toEqual([]);
  });

  it("loads no script from elsewhere", () => {
    for (const page of ["popup.html", "permission.html"]) {
      const html = readFileSync(`${dist}${page}`, "utf8");
      expect(html, page).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    }
  });
});
