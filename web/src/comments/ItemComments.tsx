import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { graphql } from "../gql";
import "./i18n/item";

export const AgendaCommentsQuery = graphql(`
  query AgendaComments($id: ID!) {
    session(id: $id) {
      id
      agenda { id draftPublishedAt commentCount consultationReportPublished }
    }
  }
`);

/**
 * "N komente, raporti i publikuar" beside an agenda item's vote, linking to the draft's page. One query for
 * the whole agenda (every item asks the same one; the client sends it once), apart from the live session
 * fragment: a citizen's comment does not change the session's version. Kept tiny: it is on the dashboard.
 */
export function ItemComments({ sessionId, itemId }: { sessionId: string; itemId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(AgendaCommentsQuery, { variables: { id: sessionId } });
  const item = data?.session?.agenda.find((i) => i.id === itemId);
  if (!item?.draftPublishedAt) return null;
  return (
    <p className="agenda-comments">
      <Link to={`/projektvendime/${itemId}`}>
        {t("commentsItem:count", { count: item.commentCount })}
        {item.consultationReportPublished ? `, ${t("commentsItem:reportPublished")}` : ""}
      </Link>
    </p>
  );
}
