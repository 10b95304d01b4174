import { describe, expect, it } from "vitest";
import { formatPolicy, SAME_ORIGIN_POLICY } from "./content-security-policy.js";

describe("SAME_ORIGIN_POLICY", () => {
  it("names no other origin", () => {
    expect(formatPolicy(SAME_ORIGIN_POLICY)).not.toMatch(/https?:|\*/);
  });

  it("formats as directive value pairs", () => {
    expect(formatPolicy({ "default-src": "'self'", "object-src": "'none'" })).toBe("default-src 'self'; object-src 'none'");
  });
});
