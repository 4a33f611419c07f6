import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

/**
 * A councillor's photo as the council publishes it: the secretariat uploads a JPEG, PNG or
 * WebP (checked by its content, never by its name or the Content-Type sent), of at most
 * PHOTO_MAX_BYTES; the server turns it into a 400×400 WebP (centred crop, metadata
 * stripped, so no GPS position or camera serial is published) and keeps those bytes.
 */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_SIZE = 400;
const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp"]);

export type PhotoRefusal = { status: 400 | 413 | 415; message: string };
export type PreparedPhoto = { webp: Buffer; sha256: string };

/** The stored photo, or the reason it is refused (a plain message a secretary can act on). */
export async function preparePhoto(bytes: Buffer): Promise<PreparedPhoto | PhotoRefusal> {
  if (bytes.length === 0) return { status: 400, message: "The file is empty: choose a JPEG, PNG or WebP photo." };
  if (bytes.length > PHOTO_MAX_BYTES) return tooLarge();
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ACCEPTED.has(type.mime)) {
    return { status: 415, message: `This file is not a JPEG, PNG or WebP image${type ? ` (its content is ${type.mime})` : ""}, whatever its name says: choose a photo in one of those formats.` };
  }
  try {
    const webp = await sharp(bytes, { limitInputPixels: 50_000_000 })
      .rotate() // follow the camera's orientation before the metadata goes
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer();
    return { webp, sha256: createHash("sha256").update(webp).digest("hex") };
  } catch {
    return { status: 400, message: `The image could not be read (damaged or incomplete ${type.ext.toUpperCase()} file): export it again and retry.` };
  }
}

export function tooLarge(): PhotoRefusal {
  return { status: 413, message: `The photo is larger than ${PHOTO_MAX_BYTES / 1024 / 1024} MB: choose a smaller file (a 400×400 picture is kept anyway).` };
}

export const isRefusal = (p: PreparedPhoto | PhotoRefusal): p is PhotoRefusal => "status" in p;
