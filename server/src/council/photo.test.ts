import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { isRefusal, PHOTO_MAX_BYTES, preparePhoto } from "./photo.js";

describe("preparePhoto", () => {
  it("refuses empty, oversized and non-image content, whatever the name would say", async () => {
    expect(await preparePhoto(Buffer.alloc(0))).toMatchObject({ status: 400 });
    expect(await preparePhoto(Buffer.alloc(PHOTO_MAX_BYTES + 1))).toMatchObject({ status: 413 });
    expect(await preparePhoto(Buffer.from("just text, named photo.jpg"))).toMatchObject({ status: 415 });
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } }).gif().toBuffer();
    expect(await preparePhoto(gif)).toMatchObject({ status: 415, message: expect.stringMatching(/image\/gif/) });
  });

  it("refuses a truncated JPEG as unreadable", async () => {
    const jpeg = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#39c" } }).jpeg().toBuffer();
    expect(await preparePhoto(jpeg.subarray(0, 40))).toMatchObject({ status: 400 });
  });

  it("turns JPEG, PNG and WebP into a 400×400 WebP without metadata, hashed", async () => {
    for (const format of ["jpeg", "png", "webp"] as const) {
      const input = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#c93" } })
        .withMetadata({ exif: { IFD0: { Copyright: "camera serial 1234" } } })[format]().toBuffer();
      const out = await preparePhoto(input);
      if (isRefusal(out)) throw new Error(out.message);
      const meta = await sharp(out.webp).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif }).toEqual({ format: "webp", width: 400, height: 400, exif: undefined });
      expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
