import { useQuery } from "@apollo/client/react";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { declarationAnchor, SupersessionNote } from "../../declarations/DeclarationTable";
import { MyDeclarationsQuery } from "../../declarations/operations";
import { DateTime } from "../../ui/DateTime";
import { Loading } from "../../ui/Loading";
import { Pagination } from "../../ui/Pagination";
import { QueryError } from "../../ui/QueryError";

const PAGE_SIZE = 10;

/**
 * "Deklaratat e mia": everything this councillor has declared, in every
 * session, newest first; superseded declarations stay, marked as such, with
 * a link between each correction and what it corrects.
 */
export function MyDeclarationHistory({ councillorId }: { councillorId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [offset, setOffset] = useState(0);
  const { data, previousData, error, refetch, loading } = useQuery(MyDeclarationsQuery, {
    variables: { councillorId, offset, limit: PAGE_SIZE },
  });
  const page = data?.declarations ?? previousData?.declarations ?? null;

  let body;
  if (!page) {
    body = error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />;
  } else if (page.total === 0) {
    body = <p className="muted">{t("councillor.noDeclarations")}</p>;
  } else {
    const onPage = new Set(page.items.map((d) => d.id));
    const correctedBy = new Map(page.items.filter((d) => d.supersedesId).map((d) => [d.supersedesId as string, d.id]));
    body = (
      <>
        {error && <QueryError error={error} onRetry={() => refetch()} />}
        <ul className="my-declarations__list">
          {page.items.map((d) => (
            <li key={d.id} id={declarationAnchor(d.id)} className={d.inForce ? undefined : "is-superseded"}>
              <p className="my-declarations__item">
                <strong>
                  {t("agenda.itemNumber", { position: d.agendaItemPosition })}: {d.agendaItemTitle}
                </strong>
                <br />
                <Link to={`/seanca/${d.sessionId}`}>{d.sessionTitle}</Link>{" "}
                <span className="muted">
                  (<DateTime iso={d.sessionScheduledAt} />)
                </span>
              </p>
              <p>
                {t(`interest.${d.interestType}`)}{" "}
                {d.recused ? (
                  <span className="badge badge--recused">{t("declaration.recusedMark")}</span>
                ) : (
                  <span className="badge badge--muted">{t("councillor.notRecused")}</span>
                )}{" "}
                <SupersessionNote declaration={d} onPage={onPage} correctedBy={correctedBy.get(d.id)} />
              </p>
              <p className="declarations__description">{d.description}</p>
              <p className="declarations__meta muted">
                {t("councillor.filedAt")} <DateTime iso={d.filedAt} />
                {d.filedOnBehalf && <> · {t("declaration.filedOnBehalf")}</>}
              </p>
            </li>
          ))}
        </ul>
        <Pagination
          label={t("councillor.historyPagination")}
          offset={page.offset}
          limit={page.limit}
          count={page.items.length}
          total={page.total}
          onPage={(target) => {
            setOffset((target - 1) * PAGE_SIZE);
            heading.current?.focus();
          }}
        />
      </>
    );
  }

  return (
    <section className="panel my-declarations" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t("councillor.myDeclarations")}
      </h2>
      {body}
    </section>
  );
}
