import { describe, expect, it } from "vitest";
import { cacheNameFor, isAppPage, isOutdatedCache } from "./service-worker-scope.js";

const web = "https://someone.github.io/livedigits/";
const kiosk = "https://someone.github.io/livedigits/kiosk/";

describe("cacheNameFor and isOutdatedCache", () => {
  it("names caches by scope, so two apps on one origin never share one", () => {
    expect(cacheNameFor(web, "abc")).not.toBe(cacheNameFor(kiosk, "abc"));
  });

  it("deletes its own older versions only, never another app's cache", () => {
    expect(isOutdatedCache(cacheNameFor(web, "old"), web, "new")).toBe(true);
    expect(isOutdatedCache(cacheNameFor(web, "new"), web, "new")).toBe(false);
    // The kiosk lies inside the web page's scope, and the web page's scope is a prefix of the kiosk's.
    expect(isOutdatedCache(cacheNameFor(kiosk, "old"), web, "new")).toBe(false);
    expect(isOutdatedCache(cacheNameFor(web, "old"), kiosk, "new")).toBe(false);
    expect(isOutdatedCache("some-other-app-cache", web, "new")).toBe(false);
  });

  it("drops the caches named before scopes were part of the name", () => {
    expect(isOutdatedCache("livedigits-0123456789abcdef", web, "new")).toBe(true);
  });
});

describe("isAppPage", () => {
  it("is the scope itself or its index.html, with any query", () => {
    expect(isAppPage(web, web)).toBe(true);
    expect(isAppPage(`${web}?threshold=0.9`, web)).toBe(true);
    expect(isAppPage(`${web}index.html#x`, web)).toBe(true);
  });

  it("is not another app published below it, nor a page elsewhere", () => {
    expect(isAppPage(kiosk, web)).toBe(false);
    expect(isAppPage(`${kiosk}index.html`, web)).toBe(false);
    expect(isAppPage("https://someone.github.io/other/", web)).toBe(false);
    expect(isAppPage("https://elsewhere.example/livedigits/", web)).toBe(false);
  });
});
