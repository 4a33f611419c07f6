import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DateTime } from "../../ui/DateTime";
import { Heading } from "../../ui/Heading";
import { agendaInOrder, supersededDeclarationIds, type Session } from "../model";

/** What this councillor has declared in this session, corrections included. */
export function MyDeclarations({ session, councillorId }: { session: Session; councillorId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const mine = agendaInOrder(session).flatMap((item) => {
    const superseded = supersededDeclarationIds(item);
    return item.declarations
      .filter((declaration) => declaration.councillor.id === councillorId)
      .map((declaration) => ({ item, declaration, superseded: superseded.has(declaration.id) }));
  });
  return (
    <section className="panel my-declarations" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("councillor.myDeclarations")}</Heading>
      {mine.length === 0 ? (
        <p className="muted">{t("councillor.noDeclarations")}</p>
      ) : (
        <ul>
          {mine.map(({ item, declaration, superseded }) => (
            <li key={declaration.id} className={superseded ? "is-superseded" : undefined}>
              <strong>
                {item.position}. {item.title}
              </strong>{" "}
              — {t(`interest.${declaration.interestType}`)}
              {declaration.recused && <span className="badge badge--recused">{t("declaration.recusedMark")}</span>}
              {superseded && <span className="badge badge--muted">{t("declaration.superseded")}</span>}
              <p>{declaration.description}</p>
              <p className="muted">
                <DateTime iso={declaration.filedAt} />
                {declaration.filedOnBehalf && <> · {t("declaration.filedOnBehalf")}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
