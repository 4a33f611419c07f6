import { Heading } from "../ui/Heading";
import { useTranslation } from "react-i18next";
import { DateTime } from "../ui/DateTime";
import { supersededDeclarationIds, type AgendaItem } from "./model";

/** Ad-hoc declarations of interest on one item: public, never edited, corrections stay visible. */
export function DeclarationList({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  if (item.declarations.length === 0) return null;
  const superseded = supersededDeclarationIds(item);
  const ordered = [...item.declarations].sort((a, b) => (a.filedAt < b.filedAt ? -1 : 1));
  return (
    <div className="declarations">
      <Heading offset={2}>{t("declaration.listHeading", { count: item.declarations.length })}</Heading>
      <ul>
        {ordered.map((declaration) => (
          <li key={declaration.id} className={superseded.has(declaration.id) ? "is-superseded" : undefined}>
            <strong>{declaration.councillor.fullName}</strong>
            {declaration.councillor.party && <span className="muted"> ({declaration.councillor.party})</span>}
            {" — "}
            <span>{t(`interest.${declaration.interestType}`)}</span>{" "}
            {declaration.recused ? (
              <span className="badge badge--recused">{t("declaration.recusedMark")}</span>
            ) : (
              <span className="badge badge--muted">{t("declaration.notRecusedMark")}</span>
            )}
            {superseded.has(declaration.id) && (
              <>
                {" "}
                <span className="badge badge--muted">{t("declaration.superseded")}</span>
              </>
            )}
            <p className="declarations__description">{declaration.description}</p>
            <p className="declarations__meta muted">
              <DateTime iso={declaration.filedAt} />
              {declaration.filedOnBehalf && <> · {t("declaration.filedOnBehalf")}</>}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
