import { describe, expect, it } from "vitest";
import { streamTargetOf } from "./stream";

describe("streamTargetOf: which player a stream address gets", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    ["https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=30", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    ["https://m.youtube.com/watch?v=abc123", "https://www.youtube-nocookie.com/embed/abc123?autoplay=1"],
    ["https://youtu.be/dQw4w9WgXcQ?si=xyz", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    ["https://www.youtube.com/live/Ab_Cd-12345?feature=shared", "https://www.youtube-nocookie.com/embed/Ab_Cd-12345?autoplay=1"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
  ])("YouTube %s → the no-cookie player", (url, embed) => {
    expect(streamTargetOf(url)).toMatchObject({ provider: "YouTube", embedUrl: embed, url });
  });

  it("Vimeo: vimeo.com/123 and player.vimeo.com/video/123", () => {
    expect(streamTargetOf("https://vimeo.com/76979871")).toMatchObject({ provider: "Vimeo", embedUrl: "https://player.vimeo.com/video/76979871?autoplay=1" });
    expect(streamTargetOf("https://player.vimeo.com/video/76979871")?.embedUrl).toBe("https://player.vimeo.com/video/76979871?autoplay=1");
    expect(streamTargetOf("https://vimeo.com/event/123456")?.embedUrl).toBe("https://player.vimeo.com/video/123456?autoplay=1");
  });

  it("Facebook videos go through the video plugin with the address encoded", () => {
    const url = "https://www.facebook.com/BashkiaElbasan/videos/1234567890/";
    const target = streamTargetOf(url);
    expect(target).toMatchObject({ provider: "Facebook", sandbox: null });
    expect(target?.embedUrl).toBe(`https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(url)}&show_text=false&autoplay=true`);
    expect(streamTargetOf("https://www.facebook.com/watch/?v=987654321")?.embedUrl).toMatch(/^https:\/\/www\.facebook\.com\/plugins\/video\.php\?href=/);
  });

  it("YouTube and Vimeo players get a sandbox", () => {
    expect(streamTargetOf("https://youtu.be/dQw4w9WgXcQ")?.sandbox).toContain("allow-scripts");
    expect(streamTargetOf("https://vimeo.com/76979871")?.sandbox).toContain("allow-same-origin");
  });

  it("refuses anything that is not https", () => {
    expect(streamTargetOf("http://www.youtube.com/watch?v=dQw4w9WgXcQ")).toBeNull();
    expect(streamTargetOf("javascript:alert(1)")).toBeNull();
    expect(streamTargetOf("JavaScript://www.youtube.com/%0aalert(1)")).toBeNull();
    expect(streamTargetOf("data:text/html,hi")).toBeNull();
    expect(streamTargetOf("not a url")).toBeNull();
    expect(streamTargetOf("")).toBeNull();
    expect(streamTargetOf(null)).toBeNull();
  });

  it("an unknown https host, or a provider page that is not a video, gets the link only", () => {
    expect(streamTargetOf("https://tv.elbasani.gov.al/live")).toEqual({
      url: "https://tv.elbasani.gov.al/live", host: "tv.elbasani.gov.al", provider: null, embedUrl: null, sandbox: null,
    });
    expect(streamTargetOf("https://www.youtube.com/@BashkiaElbasan")).toMatchObject({ provider: "YouTube", embedUrl: null });
    expect(streamTargetOf("https://www.facebook.com/BashkiaElbasan")).toMatchObject({ provider: "Facebook", embedUrl: null });
    // A look-alike host is not the provider.
    expect(streamTargetOf("https://youtube.com.example.org/watch?v=dQw4w9WgXcQ")).toMatchObject({ provider: null, embedUrl: null });
  });

  it("an id that could leave the player's path is not embedded", () => {
    expect(streamTargetOf("https://www.youtube.com/watch?v=../../evil")?.embedUrl).toBeNull();
    expect(streamTargetOf("https://www.youtube.com/watch?v=a%22onload%3D")?.embedUrl).toBeNull();
  });
});
