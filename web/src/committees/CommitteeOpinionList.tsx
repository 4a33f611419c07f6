import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import "./i18n";
import "./committees.css";

export type ItemOpinion = {
  id: string;
  committeeId: string;
  committeeName: string;
  committeeSessionId?: string | null;
  committeeSessionTitle?: string | null;
  opinion: string;
  text: string;
};

/**
 * The committees' opinions [relacion / mendimi i komisionit] on a council agenda item, beside the item
 * on the public session page: which committee, its opinion (marked in words, not by colour alone), its
 * text, and the committee meeting where it was given.
 */
export function CommitteeOpinionList({ opinions }: { opinions: readonly ItemOpinion[] }) {
  const { t } = useTranslation();
  if (opinions.length === 0) return null;
  return (
    <div className="committee-opinions">
      <p className="committee-opinions__label">{t("committees:opinions.onItem", { count: opinions.length })}</p>
      <ul>
        {opinions.map((o) => (
          <li key={o.id} className="committee-opinion">
            <p className="committee-opinion__head">
              <Link to={`/komisionet/${o.committeeId}`}>{o.committeeName}</Link>{" "}
              <span className={`badge committee-opinion__kind committee-opinion__kind--${o.opinion.toLowerCase()}`}>
                {t(`committees:opinion.${o.opinion}`)}
              </span>
            </p>
            <p className="committee-opinion__text">{o.text}</p>
            {o.committeeSessionId && (
              <p className="committee-opinion__source muted">
                {t("committees:opinions.givenAt")} <Link to={`/seanca/${o.committeeSessionId}`}>{o.committeeSessionTitle}</Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
