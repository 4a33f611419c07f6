import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { Avatar } from "./Avatar";
import "./i18n";
import "./councillors.css";
import { currentSeats } from "./model";
import { CouncillorListQuery } from "./operations";

const collator = new Intl.Collator("sq");

/**
 * `/keshilltaret`: the council's members with photo, party, gender (as the register records it)
 * and committees; filters by party and committee kept in the address (?partia=PS&komisioni=<id>),
 * and former councillors on request (?ish=1). Public.
 */
export function CouncillorListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("councillors:list.title"));
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(CouncillorListQuery);
  const party = params.get("partia") ?? "";
  const committee = params.get("komisioni") ?? "";
  const former = params.get("ish") === "1";
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const all = data?.councillors ?? [];
  const parties = [...new Set(all.map((c) => c.party).filter((p): p is string => !!p))].sort(collator.compare);
  const committees = [...new Map(all.flatMap((c) => currentSeats(c.committeeSeats)).map((s) => [s.bodyId, s.bodyName])).entries()]
    .sort((a, b) => collator.compare(a[1], b[1]));
  const shown = all
    .filter((c) => (former ? true : c.active))
    .filter((c) => !party || c.party === party)
    .filter((c) => !committee || currentSeats(c.committeeSeats).some((s) => s.bodyId === committee))
    .sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.fullName, b.fullName));
  const women = shown.filter((c) => c.gender === "FEMALE").length;

  return (
    <div className="councillors-page">
      <h1>{t("councillors:list.title")}</h1>
      <p className="transparency-intro">{t("councillors:list.intro")}</p>
      <p>
        <Link to="/prania">{t("councillors:list.registerLink")}</Link>
      </p>
      {!data ? (
        error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />
      ) : (
        <>
          <form className="councillor-filters" onSubmit={(e) => e.preventDefault()} aria-label={t("councillors:list.filters")}>
            <div className="field">
              <label htmlFor="filter-party">{t("councillors:list.party")}</label>
              <select id="filter-party" value={party} onChange={(e) => set("partia", e.target.value)}>
                <option value="">{t("councillors:list.allParties")}</option>
                {parties.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-committee">{t("councillors:list.committee")}</label>
              <select id="filter-committee" value={committee} onChange={(e) => set("komisioni", e.target.value)}>
                <option value="">{t("councillors:list.allCommittees")}</option>
                {committees.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--checkbox">
              <input id="filter-former" type="checkbox" checked={former} onChange={(e) => set("ish", e.target.checked ? "1" : "")} />
              <label htmlFor="filter-former">{t("councillors:list.showFormer")}</label>
            </div>
          </form>
          <p role="status" className="councillor-count">
            {t("councillors:list.count", { count: shown.length, women })}
          </p>
          {shown.length === 0 ? (
            <div className="empty-state">
              <p>{t("councillors:list.empty")}</p>
            </div>
          ) : (
            <ul className="councillor-cards">
              {shown.map((c) => (
                <li key={c.id} className="councillor-card">
                  <Avatar name={c.fullName} photoUrl={c.photoUrl} />
                  <div>
                    <Link to={`/keshilltaret/${c.id}`} className="councillor-card__name">
                      {c.fullName}
                    </Link>
                    <p className="muted">
                      {c.party ?? t("councillors:profile.noParty")} · {t(`councillors:gender.${c.gender}`)}
                      {!c.active && (
                        <>
                          {" "}
                          · <span className="badge">{t("councillors:list.former", { date: c.termEnd ?? "" })}</span>
                        </>
                      )}
                    </p>
                    {currentSeats(c.committeeSeats).length > 0 && (
                      <ul className="councillor-card__seats">
                        {currentSeats(c.committeeSeats).map((s) => (
                          <li key={s.bodyId}>
                            {s.bodyName}
                            {s.role === "CHAIR" && <strong> · {t("councillors:role.CHAIR")}</strong>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
