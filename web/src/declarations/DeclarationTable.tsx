import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { RegisterDeclarationFieldsFragment } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";

type Row = RegisterDeclarationFieldsFragment;

/** The anchor of one declaration in a list, for links between a correction and what it corrects. */
export function declarationAnchor(id: string): string {
  return `deklarata-${id}`;
}

/**
 * Declarations as a table: one row per declaration, the newest first. Nothing
 * is hidden: superseded declarations stay, marked as such, next to the
 * corrections that replaced them.
 */
export function DeclarationTable({ items, caption }: { items: readonly Row[]; caption: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const onPage = new Set(items.map((d) => d.id));
  const correctedBy = new Map(items.filter((d) => d.supersedesId).map((d) => [d.supersedesId as string, d.id]));
  return (
    // Focusable, so a keyboard can scroll the table sideways on a narrow screen.
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="data-table declaration-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("register.col.filedAt")}</th>
            <th scope="col">{t("register.col.session")}</th>
            <th scope="col">{t("register.col.item")}</th>
            <th scope="col">{t("register.col.councillor")}</th>
            <th scope="col">{t("register.col.interestType")}</th>
            <th scope="col">{t("register.col.description")}</th>
            <th scope="col">{t("register.col.recused")}</th>
            <th scope="col">{t("register.col.filedBy")}</th>
            <th scope="col">{t("register.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} id={declarationAnchor(d.id)} className={d.inForce ? undefined : "is-superseded"}>
              <th scope="row" className="declaration-table__date">
                <DateTime iso={d.filedAt} />
              </th>
              <td className="declaration-table__session">
                <Link to={`/seanca/${d.sessionId}`}>{d.sessionTitle}</Link>
                <br />
                <span className="muted">
                  <DateTime iso={d.sessionScheduledAt} />
                </span>
              </td>
              <td className="declaration-table__item">
                {t("agenda.itemNumber", { position: d.agendaItemPosition })}: {d.agendaItemTitle}
              </td>
              <td>
                {d.councillor.fullName}
                {d.councillor.party && <span className="muted"> ({d.councillor.party})</span>}
              </td>
              <td>{t(`interest.${d.interestType}`)}</td>
              <td className="declaration-table__description">{d.description}</td>
              <td>
                {d.recused ? (
                  <span className="badge badge--recused">{t("register.recusedYesShort")}</span>
                ) : (
                  t("register.recusedNoShort")
                )}
              </td>
              <td>{d.filedOnBehalf ? t("register.byTheSecretariat") : t("register.byTheCouncillor")}</td>
              <td>
                <SupersessionNote declaration={d} onPage={onPage} correctedBy={correctedBy.get(d.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "In force" or "superseded", and the link between a correction and the
 * declaration it corrects when both are on the page.
 */
export function SupersessionNote({
  declaration,
  onPage,
  correctedBy,
}: {
  declaration: Pick<Row, "inForce" | "supersedesId">;
  onPage: ReadonlySet<string>;
  correctedBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {declaration.inForce ? (
        <span>{t("register.inForce")}</span>
      ) : (
        <span className="badge badge--muted">{t("declaration.superseded")}</span>
      )}
      {correctedBy && (
        <>
          {" "}
          <a href={`#${declarationAnchor(correctedBy)}`}>{t("register.seeCorrection")}</a>
        </>
      )}
      {declaration.supersedesId && (
        <span className="supersession-note">
          {" · "}
          {t("register.isCorrection")}
          {onPage.has(declaration.supersedesId) && (
            <>
              {" "}
              <a href={`#${declarationAnchor(declaration.supersedesId)}`}>{t("register.seeEarlier")}</a>
            </>
          )}
        </span>
      )}
    </>
  );
}
