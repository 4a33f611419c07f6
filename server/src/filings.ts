import type { DeadlineTrack } from "./platform/deadlines/clock.js";
import type { RetentionTask } from "./platform/retention.js";
import { draftCommentRetention } from "./comments/tracking.js";
import { documentRequestRetention, documentRequestTrack } from "./document-requests/filing.js";
import { petitionRetention } from "./petitions/tracking.js";

/**
 * What the areas of citizens' filings (issue 16) hand to the platform's shared engines, wired in app.ts:
 * - their tables on the one deadline clock (besides the One Stop Shop's service requests, which oss/services.ts adds);
 * - their personal data's retention tasks (PERSONAL_DATA_RETENTION_DAYS).
 * The public tracking page's sources are publishing/tracking.ts's. One line per area.
 */
export const FILING_DEADLINE_TRACKS: readonly DeadlineTrack[] = [
  documentRequestTrack,
];

export const PERSONAL_DATA_RETENTION: readonly RetentionTask[] = [
  draftCommentRetention,
  documentRequestRetention,
  petitionRetention,
];
