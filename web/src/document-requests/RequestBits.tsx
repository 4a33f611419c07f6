import { useTranslation } from "react-i18next";
import type { PublicDocumentRequestFieldsFragment, SlaState } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { SlaStateBadge } from "../ui/SlaBadge";
import "./document-requests.css";
import "./i18n";

/** The deadline's state as a word; the colour and the mark only repeat it. */
export function DocumentSlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  return <SlaStateBadge state={state} label={t(`documentRequests:sla.${state}`)} className="doc-sla" testId="doc-sla" />;
}

/** One request as the public register shows it: what, when, the deadline and its extension, the answer. */
/** `text`: false where the text is shown already (the secretariat's card). */
export function PublicRequestDetails({ request: r, text = true }: { request: PublicDocumentRequestFieldsFragment; text?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {!text ? null : r.documents !== null ? <p className="doc-request__text">{r.documents}</p> : <p className="doc-request__withheld">{t("documentRequests:register.withheld")}</p>}
      <dl>
        <dt>{t("documentRequests:register.received")}</dt>
        <dd>
          <DateTime iso={r.receivedAt} /> · {t(`documentRequests:channel.${r.channel}`)}
        </dd>
        <dt>{t("documentRequests:register.due")}</dt>
        <dd>
          <DateTime iso={r.dueAt} />
        </dd>
        <dt>{t("documentRequests:register.extended")}</dt>
        <dd>
          {r.extendedAt && r.extensionReason ? (
            <>
              <DateTime iso={r.extendedAt} />: {t(`documentRequests:extensionReason.${r.extensionReason}`)}
              {r.extensionNote ? `. ${r.extensionNote}` : ""}
            </>
          ) : (
            t("documentRequests:register.notExtended")
          )}
        </dd>
        <dt>{t("documentRequests:register.answered")}</dt>
        <dd>
          {r.closedAt && r.outcome ? (
            <>
              <strong>{t(`documentRequests:outcome.${r.outcome}`)}</strong>, <DateTime iso={r.closedAt} />
              {" · "}
              {r.answeredOnTime ? t("documentRequests:register.onTime") : <strong>{t("documentRequests:register.late")}</strong>}
            </>
          ) : (
            `${t(`documentRequests:status.${r.status}`)} · ${t("documentRequests:register.notAnswered")}`
          )}
        </dd>
        {r.transferredTo && (
          <>
            <dt>{t("documentRequests:register.transferredTo")}</dt>
            <dd>{r.transferredTo}</dd>
          </>
        )}
        {r.refusalReason && (
          <>
            <dt>{t("documentRequests:register.refusalReason")}</dt>
            <dd>{r.refusalReason}</dd>
          </>
        )}
        {r.appealNotice && (
          <>
            <dt>{t("documentRequests:register.appealNotice")}</dt>
            <dd>{r.appealNotice}</dd>
          </>
        )}
        {r.answerNote && (
          <>
            <dt>{t("documentRequests:register.answerNote")}</dt>
            <dd>{r.answerNote}</dd>
          </>
        )}
      </dl>
    </>
  );
}

export function RequestHead({ request: r, level = 3 }: { request: PublicDocumentRequestFieldsFragment; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="doc-request__head">
      <Heading className="doc-request__ref">{r.reference}</Heading>
      <DocumentSlaBadge state={r.slaState} />
    </div>
  );
}
