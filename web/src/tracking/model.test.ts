import { describe, expect, it } from "vitest";
import { cleanReference, lookupFailure, readableStatus, STATUS_KEYS, statusKey, waitParts } from "./model";

describe("tracking's model", () => {
  it("names each area's statuses, and stays readable for a status it does not know", () => {
    expect(statusKey("PETITION", "UNDER_REVIEW")).toBe("tracking:status.PETITION.UNDER_REVIEW");
    expect(statusKey("DOCUMENT_REQUEST", "PARTLY_GRANTED")).toBe("tracking:status.DOCUMENT_REQUEST.PARTLY_GRANTED");
    expect(statusKey("DRAFT_COMMENT", "WITHDRAWN")).toBeNull();
    expect(statusKey("SOMETHING_NEW", "RECEIVED")).toBeNull();
    expect(readableStatus("PARTLY_GRANTED")).toBe("Partly granted");
    expect(readableStatus("")).toBe("");
    expect(STATUS_KEYS).toContain("status.SERVICE_REQUEST.WAITING_ON_CITIZEN");
    expect(STATUS_KEYS).toHaveLength(20);
  });

  it("tells the wrong pair from the throttle, with its wait", () => {
    expect(lookupFailure([{ message: "No filing…", extensions: { code: "NOT_FOUND" } }])).toEqual({ kind: "notFound" });
    expect(lookupFailure([{ message: "Too many…", extensions: { code: "UNAUTHENTICATED", retryAfterSeconds: 7.2 } }])).toEqual({ kind: "slowed", retryAfterSeconds: 8 });
    expect(lookupFailure([{ message: "Too many…", extensions: { code: "UNAUTHENTICATED" } }])).toEqual({ kind: "slowed", retryAfterSeconds: 60 });
    expect(lookupFailure([{ message: "code: must not be empty", extensions: { code: "BAD_USER_INPUT" } }])).toEqual({ kind: "badInput", message: "code: must not be empty" });
    expect(lookupFailure(undefined)).toEqual({ kind: "other" });
  });

  it("cleans a typed reference and splits a wait", () => {
    expect(cleanReference(" sh-2026-00012 ")).toBe("SH-2026-00012");
    expect(waitParts(125)).toEqual({ minutes: 2, seconds: 5 });
    expect(waitParts(0.3)).toEqual({ minutes: 0, seconds: 1 });
  });
});
