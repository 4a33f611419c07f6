import { useTranslation } from "react-i18next";
import { initials } from "./model";

/** The councillor's photo, or a neutral placeholder with their initials (no external image). */
export function Avatar({ name, photoUrl, size = "small" }: { name: string; photoUrl: string | null | undefined; size?: "small" | "large" }) {
  const { t } = useTranslation();
  const px = size === "large" ? 160 : 64;
  if (photoUrl) {
    return <img className={`avatar avatar--${size}`} src={photoUrl} alt={t("councillors:photo.alt", { name })} width={px} height={px} loading="lazy" />;
  }
  return (
    <span className={`avatar avatar--${size} avatar--placeholder`} role="img" aria-label={t("councillors:photo.none", { name })}>
      <span aria-hidden="true">{initials(name)}</span>
    </span>
  );
}
