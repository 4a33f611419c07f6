import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { councillorCommand } from "../command.js";
import type { PreparedPhoto } from "../photo.js";

/**
 * Stores a councillor's photo (already checked and resized by photo.ts), or removes it
 * (`photo: null`: the pages show the neutral placeholder again). The bytes live in the
 * database, so the backup holds them; the audit event keeps the SHA-256, not the image.
 */
export async function setCouncillorPhoto(
  ds: DataSource, actor: Actor, props: { councillorId: string; photo: PreparedPhoto | null },
): Promise<string | null> {
  return councillorCommand(ds, actor, { councillorId: props.councillorId }, async (tx, c) => {
    const sha = props.photo?.sha256 ?? null;
    if (sha === c.photo_sha256) return unchanged(sha);
    await tx.query(
      "UPDATE councillor SET photo = $2, photo_sha256 = $3, photo_updated_at = CASE WHEN $2::bytea IS NULL THEN NULL ELSE clock_timestamp() END WHERE id = $1",
      [c.id, props.photo?.webp ?? null, sha],
    );
    return changed(sha, {
      action: props.photo ? "setCouncillorPhoto" : "removeCouncillorPhoto", subjectType: "councillor", subjectId: c.id,
      before: { photoSha256: c.photo_sha256 }, after: { photoSha256: sha, bytes: props.photo?.webp.length ?? 0 },
    });
  });
}
