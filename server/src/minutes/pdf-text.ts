import { inflateSync } from "node:zlib";

// WinAnsi is Latin-1 except 0x80–0x9F (Node's TextDecoder("windows-1252") gets those wrong).
const WIN_ANSI_80 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const winAnsi = (bytes: number[]) => bytes.map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80[b - 0x80] : String.fromCharCode(b))).join("");

/**
 * The text lines drawn in a PDF made by `renderMinutesPdf` (standard fonts,
 * WinAnsi strings), compressed or not: enough to check what the minutes say,
 * not a general PDF reader. Each text-showing operator gives one line.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  const streamRe = /<<([^]*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    let body = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1])) {
      try { body = inflateSync(body); } catch { continue; }
    }
    const content = body.toString("latin1");
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)) {
      const parts = (op[1] ?? op[2]).match(/<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
      const bytes: number[] = [];
      for (const p of parts) {
        if (p.startsWith("<")) {
          const hex = p.slice(1, -1);
          for (let i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
        } else {
          const s = p.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_x, e: string) =>
            /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" } as Record<string, string>)[e] ?? e);
          for (const ch of s) bytes.push(ch.charCodeAt(0) & 0xff);
        }
      }
      lines.push(winAnsi(bytes));
    }
    streamRe.lastIndex = end;
  }
  return lines;
}
