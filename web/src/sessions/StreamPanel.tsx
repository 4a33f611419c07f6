import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import "../floor/i18n";
import { Heading } from "../ui/Heading";
import { streamTargetOf } from "./stream";
import "./floor-panels.css";

/**
 * The session's live stream. Nothing is fetched from the provider until the
 * viewer asks for it (no player, no thumbnail: the provider learns of a visit
 * only after the click); the placeholder is drawn locally and names who will
 * receive the viewer's request. A plain link to the provider is always there,
 * and the only thing offered for an address we do not know how to embed.
 */
export function StreamPanel({ streamUrl, title }: { streamUrl: string | null | undefined; title: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const noteId = useId();
  const [playing, setPlaying] = useState(false);
  const target = streamTargetOf(streamUrl);
  if (!target) return null;
  const provider = target.provider ?? target.host;
  return (
    <section className="panel stream-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("floor:dashboard.streamHeading")}</Heading>
      {target.embedUrl ? (
        playing ? (
          <div className="stream-panel__frame">
            <iframe
              src={target.embedUrl}
              title={t("floor:dashboard.playerTitle", { title, provider })}
              allow="autoplay; fullscreen; picture-in-picture"
              allowFullScreen
              referrerPolicy="strict-origin-when-cross-origin"
              {...(target.sandbox ? { sandbox: target.sandbox } : {})}
            />
          </div>
        ) : (
          <div className="stream-panel__placeholder">
            <button type="button" className="button button--primary stream-panel__play" aria-describedby={noteId} onClick={() => setPlaying(true)}>
              <span aria-hidden="true">▶</span> {t("floor:dashboard.play")}
            </button>
            <p id={noteId} className="stream-panel__note">{t("floor:dashboard.privacy", { provider })}</p>
          </div>
        )
      ) : (
        <p className="muted">{t("floor:dashboard.linkOnly", { host: target.host })}</p>
      )}
      <p className="stream-panel__link">
        <a href={target.url} target="_blank" rel="noopener noreferrer">
          {target.provider ? t("floor:dashboard.openIn", { provider: target.provider }) : t("floor:dashboard.openLink", { host: target.host })}
        </a>
      </p>
    </section>
  );
}
