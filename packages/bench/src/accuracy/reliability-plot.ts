// A reliability diagram per calibration set, as one small SVG beside the report:
// share right against mean confidence per bin, one line per reader, the
// diagonal where a calibrated reader's points lie. Dot area follows the bin's
// share of readings.
import type { ReaderName } from "../readers.js";
import type { CalibrationSet } from "./run.js";

const PANEL = 220;
const PAD = 36;
const COLOURS: Record<ReaderName, string> = { livedigits: "#1f6fd1", prototype: "#d9731a" };

export function reliabilitySvg(sets: readonly CalibrationSet[]): string {
  const readers = Object.keys(COLOURS) as ReaderName[];
  const width = Math.max(1, sets.length) * (PANEL + PAD) + PAD;
  const top = PAD + 16;
  const height = top + PANEL + PAD + 24;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
  ];
  sets.forEach((set, k) => {
    const left = PAD + k * (PANEL + PAD);
    const x = (v: number) => (left + v * PANEL).toFixed(1);
    const y = (v: number) => (top + (1 - v) * PANEL).toFixed(1);
    parts.push(`<g class="panel">`);
    parts.push(`<text x="${x(0.5)}" y="${top - 22}" text-anchor="middle" font-weight="bold">${escapeXml(set.name)}</text>`);
    parts.push(`<rect x="${left}" y="${top}" width="${PANEL}" height="${PANEL}" fill="none" stroke="#999"/>`);
    for (const t of [0.2, 0.4, 0.6, 0.8]) {
      parts.push(`<line x1="${x(t)}" y1="${y(0)}" x2="${x(t)}" y2="${y(1)}" stroke="#eee"/><line x1="${x(0)}" y1="${y(t)}" x2="${x(1)}" y2="${y(t)}" stroke="#eee"/>`);
    }
    parts.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#888" stroke-dasharray="4 3"/>`);
    for (const t of [0, 0.5, 1]) {
      parts.push(`<text x="${x(t)}" y="${Number(y(0)) + 14}" text-anchor="middle">${t}</text><text x="${left - 4}" y="${Number(y(t)) + 4}" text-anchor="end">${t}</text>`);
    }
    parts.push(`<text x="${x(0.5)}" y="${Number(y(0)) + 28}" text-anchor="middle" fill="#555">confidence</text>`);
    for (const reader of readers) {
      const c = set.byReader[reader];
      const points = c.bins.filter((bin) => bin.count > 0).map((bin) => ({ cx: x(bin.meanConfidence!), cy: y(bin.accuracy!), r: Math.max(1.5, 9 * Math.sqrt(bin.count / c.count)) }));
      if (points.length > 1) parts.push(`<polyline fill="none" stroke="${COLOURS[reader]}" stroke-width="1.5" points="${points.map((p) => `${p.cx},${p.cy}`).join(" ")}"/>`);
      for (const p of points) parts.push(`<circle class="${reader}" cx="${p.cx}" cy="${p.cy}" r="${p.r.toFixed(1)}" fill="${COLOURS[reader]}" fill-opacity="0.6"/>`);
    }
    const ece = readers.map((r) => `${r} ${set.byReader[r].ece === null ? "–" : `${(set.byReader[r].ece * 100).toFixed(1)}%`}`).join(", ");
    parts.push(`<text x="${x(0.5)}" y="${top - 7}" text-anchor="middle" fill="#333">ECE ${escapeXml(ece)}</text>`);
    parts.push(`</g>`);
  });
  readers.forEach((reader, k) => {
    const lx = PAD + k * 140;
    parts.push(`<circle cx="${lx}" cy="${height - 12}" r="5" fill="${COLOURS[reader]}"/><text x="${lx + 10}" y="${height - 8}">${reader}</text>`);
  });
  parts.push(`</svg>`, "");
  return parts.join("\n");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
