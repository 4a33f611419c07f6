import { describe, expect, it } from "vitest";
import { absoluteUrl, PublicAddress } from "./public-url.js";

const request = (host: string | undefined, protocol = "http") => ({ protocol, get: (n: string) => (n.toLowerCase() === "host" ? host : undefined) });

describe("PublicAddress", () => {
  it("uses PUBLIC_URL whatever the request's host", () => {
    const a = new PublicAddress("https://kuvend.example.al", () => "http://127.0.0.1:4000");
    expect(a.absoluteUrl("/seanca/1", request("127.0.0.1:5555"))).toBe("https://kuvend.example.al/seanca/1");
    expect(a.absoluteUrl("/seanca/1")).toBe("https://kuvend.example.al/seanca/1");
    expect(a.host()).toBe("kuvend.example.al");
    expect(a.isConfigured).toBe(true);
  });

  it("without PUBLIC_URL: the request's address, else the listening address", () => {
    const a = new PublicAddress(undefined, () => "http://127.0.0.1:4000/");
    expect(a.absoluteUrl("/x", request("localhost:5173", "https"))).toBe("https://localhost:5173/x");
    expect(a.absoluteUrl("/x")).toBe("http://127.0.0.1:4000/x");
    expect(a.isConfigured).toBe(false);
  });

  it("keeps a path prefix", () => {
    expect(absoluteUrl("https://example.al/kuvend", "/vendimet")).toBe("https://example.al/kuvend/vendimet");
    expect(absoluteUrl("https://example.al/kuvend/", "vendimet")).toBe("https://example.al/kuvend/vendimet");
  });
});
