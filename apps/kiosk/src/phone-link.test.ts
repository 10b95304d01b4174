import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { lanUrlsFromMeta, phoneLink, qrDrawing } from "./phone-link.js";

describe("lanUrlsFromMeta", () => {
  it("reads the https URLs start:lan wrote", () => {
    expect(lanUrlsFromMeta('["https://192.168.1.23:8444/","https://[fd00::23]:8444/"]')).toEqual([
      "https://192.168.1.23:8444/",
      "https://[fd00::23]:8444/",
    ]);
  });

  it("finds none without a tag, in a broken one, or among addresses that are not https", () => {
    expect(lanUrlsFromMeta(null)).toEqual([]);
    expect(lanUrlsFromMeta("not json")).toEqual([]);
    expect(lanUrlsFromMeta('{"url":"https://x/"}')).toEqual([]);
    expect(lanUrlsFromMeta('["http://192.168.1.23/", 3, "javascript:alert(1)"]')).toEqual([]);
  });
});

describe("phoneLink", () => {
  it("shows start:lan's first address, and the others too, whatever the page was opened as", () => {
    const urls = ["https://192.168.1.23:8444/", "https://[fd00::23]:8444/"];
    expect(phoneLink("https://localhost:8444/?mode=practice", urls)).toEqual({ kind: "lan", url: urls[0], others: [urls[1]] });
  });

  it("shows the page's own address, without its settings, when other devices can open it", () => {
    expect(phoneLink("https://someone.github.io/livedigits/kiosk/?mode=practice#x", [])).toEqual({
      kind: "page",
      url: "https://someone.github.io/livedigits/kiosk/",
    });
  });

  it("warns that plain http at a network address gives a phone no camera", () => {
    expect(phoneLink("http://192.168.1.23:4178/", [])).toEqual({ kind: "insecure", url: "http://192.168.1.23:4178/" });
  });

  it("explains that localhost is this computer to every device", () => {
    for (const page of ["http://localhost:4178/", "https://localhost/", "http://127.0.0.1:4178/", "http://[::1]:4178/", "http://kiosk.localhost/"]) {
      expect(phoneLink(page, []), page).toEqual({ kind: "localhost" });
    }
  });
});

describe("qrDrawing", () => {
  /** The path's unit squares back into a grid, to compare with the code uqr encodes. */
  function rasterise({ size, path }: { size: number; path: string }): boolean[][] {
    const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) grid[Number(y)]![Number(x)] = true;
    return grid;
  }

  it("draws every dark module of the URL's QR code, with a quiet zone of four modules", () => {
    const url = "https://192.168.1.23:8444/";
    const drawing = qrDrawing(url);
    const code = encode(url, { ecc: "M", border: 0 });
    expect(drawing.size).toBe(code.size + 8);
    const grid = rasterise(drawing);
    for (let y = 0; y < drawing.size; y++) {
      for (let x = 0; x < drawing.size; x++) {
        const inside = y >= 4 && x >= 4 && y < code.size + 4 && x < code.size + 4;
        expect(grid[y]![x], `${x},${y}`).toBe(inside ? code.data[y - 4]![x - 4] : false);
      }
    }
  });

  it("draws a different code for a different address", () => {
    expect(qrDrawing("https://192.168.1.23:8444/").path).not.toBe(qrDrawing("https://192.168.1.24:8444/").path);
  });
});
