import { useTranslation } from "react-i18next";

/** The Atom feed of announcements, minutes and decisions, served by the server (not a client route). */
export const FEED_URL = "/feeds/kuvend.atom";

export function FeedLink() {
  const { t } = useTranslation();
  return (
    <a href={FEED_URL} type="application/atom+xml" className="download-link">
      <span className="download-link__format">Atom</span> {t("transparency:feed.link")}
    </a>
  );
}
