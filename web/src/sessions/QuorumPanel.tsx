import { Heading } from "../ui/Heading";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Session } from "./model";

/** Present / required / seats, in numbers big enough for the back of the hall. */
export function QuorumPanel({ quorum }: { quorum: Session["quorum"] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel quorum-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("quorum.heading")}</Heading>
      <dl className="quorum-panel__numbers">
        <div>
          <dt>{t("quorum.present")}</dt>
          <dd className="big-number">{quorum.present}</dd>
        </div>
        <div>
          <dt>{t("quorum.required")}</dt>
          <dd className="big-number">{quorum.required}</dd>
        </div>
        <div>
          <dt>{t("quorum.seats")}</dt>
          <dd className="big-number">{quorum.seats}</dd>
        </div>
      </dl>
      <p
        className={`quorum-panel__state ${quorum.reached ? "is-reached" : "is-missing"}`}
        role="status"
        aria-live="polite"
      >
        <span aria-hidden="true">{quorum.reached ? "✔ " : "✖ "}</span>
        {quorum.reached ? t("quorum.reached") : t("quorum.notReached", { missing: Math.max(0, quorum.required - quorum.present) })}
      </p>
    </section>
  );
}
