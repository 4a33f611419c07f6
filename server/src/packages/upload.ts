import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import busboy from "busboy";

/** A refusal of an upload, answered as `{ error: { code, message } }` with this HTTP status. */
export class UploadRefused extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}

export type ReceivedFile = { bytes: Buffer; fileName: string; declaredType: string; sha256: string };
export type ReceivedUpload = { fields: Record<string, string>; file: ReceivedFile | null };

export const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export const tooLarge = (maxBytes: number) =>
  new UploadRefused(413, "PAYLOAD_TOO_LARGE", `The file is larger than the limit of ${megabytes(maxBytes)} (PACKAGE_MAX_MB): split it or compress it, and upload it again.`, { maxBytes });

/**
 * Reads a multipart/form-data upload (busboy) as it streams in: the text fields and one file, whose
 * bytes are kept only up to `maxBytes` (beyond that it is discarded as it arrives, and the upload is
 * refused with 413, never held in memory) and hashed (SHA-256) on the way. A request that announces
 * far more than the limit is refused before its body is read.
 */
export function readUpload(req: IncomingMessage, maxBytes: number): Promise<ReceivedUpload> {
  const announced = Number(req.headers["content-length"]);
  if (Number.isFinite(announced) && announced > maxBytes + 1024 * 1024) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 4096, parts: 12 }, defParamCharset: "utf8" });
    } catch {
      reject(new UploadRefused(400, "BAD_USER_INPUT", "Send the file as multipart/form-data (a form with a file field)."));
      return;
    }
    const fields: Record<string, string> = {};
    let file: ReceivedFile | null = null;
    let refusal: UploadRefused | null = null;
    let pending: Promise<void> = Promise.resolve();
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) refusal ??= new UploadRefused(400, "BAD_USER_INPUT", `The field "${name}" is too long.`);
      fields[name] = value;
    });
    parser.on("file", (_name, stream, info) => {
      const chunks: Buffer[] = [];
      const hash = createHash("sha256");
      let size = 0;
      pending = new Promise<void>((done) => {
        stream.on("data", (chunk: Buffer) => {
          if (refusal) return; // discarded as it arrives
          size += chunk.length;
          chunks.push(chunk);
          hash.update(chunk);
        });
        stream.on("limit", () => {
          refusal = tooLarge(maxBytes);
          chunks.length = 0;
        });
        stream.on("close", () => {
          if (!refusal) file = { bytes: Buffer.concat(chunks, size), fileName: info.filename ?? "", declaredType: info.mimeType ?? "", sha256: hash.digest("hex") };
          done();
        });
      });
    });
    parser.on("filesLimit", () => (refusal ??= new UploadRefused(400, "BAD_USER_INPUT", "Upload one file at a time.")));
    parser.on("fieldsLimit", () => (refusal ??= new UploadRefused(400, "BAD_USER_INPUT", "Too many form fields.")));
    parser.on("partsLimit", () => (refusal ??= new UploadRefused(400, "BAD_USER_INPUT", "Too many form parts.")));
    parser.on("error", () => reject(new UploadRefused(400, "BAD_USER_INPUT", "The upload was cut off or is not valid multipart/form-data; try again.")));
    parser.on("close", () => {
      void pending.then(() => (refusal ? reject(refusal) : resolve({ fields, file })));
    });
    req.on("close", () => {
      if (!req.complete) reject(new UploadRefused(400, "BAD_USER_INPUT", "The upload was cut off; try again."));
    });
    req.pipe(parser);
  });
}
