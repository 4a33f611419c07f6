import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { DecisionFieldsFragment } from "../gql/graphql";
import { decisionReference, highlightParts } from "./model";

type Row = DecisionFieldsFragment & {
  match?: { source: string; label?: string | null; text: string } | null;
  documents?: readonly { id: string; kind: string; title: string; url?: string | null }[];
};

/** "12.11.2026" from "2026-11-12": the date as Albanian documents write it. */
export function dayText(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}.${m}.${y}`;
}

/** The matched text with the matched words in <mark>. */
export function Highlight({ text }: { text: string }) {
  return (
    <>
      {highlightParts(text).map((part, i) => (part.matched ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

export function ReviewText({ review }: { review: DecisionFieldsFragment["review"] }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`decision-review decision-review--${review.status.toLowerCase()}`}>{t(`decisions:review.${review.status}`)}</span>
      {review.authority && review.on && (
        <span className="decision-review__when">
          {" "}
          ({t("decisions:review.on", { authority: t(`decisions:review.authority.${review.authority}`), date: dayText(review.on) })})
        </span>
      )}
    </>
  );
}

/** The register as a table: one row per decision, the newest first, each linked to its page and its session. */
export function DecisionTable({ items, caption }: { items: readonly Row[]; caption: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const whereMatched = (m: NonNullable<Row["match"]>) =>
    m.source === "item_title" || m.source === "item_description" ? t(`decisions:match.${m.source}`) : t("decisions:match.document", { label: m.label ?? "" });
  return (
    // Focusable, so a keyboard can scroll the table sideways on a narrow screen.
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="data-table decision-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("decisions:register.col.number")}</th>
            <th scope="col">{t("decisions:register.col.title")}</th>
            <th scope="col">{t("decisions:register.col.body")}</th>
            <th scope="col">{t("decisions:register.col.outcome")}</th>
            <th scope="col">{t("decisions:register.col.review")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id}>
              <th scope="row" className="decision-table__number">
                {decisionReference(d) ?? <span className="decision-table__none">{t("decisions:register.noNumber")}</span>}
                <br />
                <time dateTime={d.decidedOn}>{dayText(d.decidedOn)}</time>
              </th>
              <td className="decision-table__title">
                <Link to={`/vendimet/${d.id}`}>{d.match?.source === "item_title" ? <Highlight text={d.match.text} /> : d.title}</Link>
                {d.kind && <div className="decision-table__kind">{t(`decisions:kind.${d.kind}`)}</div>}
                {d.match && d.match.source !== "item_title" && (
                  <p className="decision-table__match">
                    <span className="decision-table__match-where">{t("decisions:register.matchIn", { where: whereMatched(d.match) })}</span>{" "}
                    <Highlight text={d.match.text} />
                  </p>
                )}
                {d.documents
                  ?.filter((doc) => doc.kind === "DRAFT_ACT" && doc.url)
                  .map((doc) => (
                    <div key={doc.id} className="decision-table__draft">
                      <a href={doc.url ?? undefined}>{t("decisions:register.draft", { title: doc.title })}</a>
                    </div>
                  ))}
                <div>
                  <Link to={`/seanca/${d.sessionId}`} className="decision-table__session">
                    {t("decisions:register.inSession", { session: d.sessionTitle, position: d.position })}
                  </Link>
                </div>
              </td>
              <td>{d.body.name}</td>
              <td>
                <strong className={`decision-outcome decision-outcome--${d.outcome.toLowerCase()}`}>{t(`decisions:outcome.${d.outcome}`)}</strong>
                <br />
                {t("decisions:register.votes", { for: d.tally.for, against: d.tally.against, abstain: d.tally.abstain })}
              </td>
              <td>
                <ReviewText review={d.review} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
