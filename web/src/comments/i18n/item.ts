// The two words the agenda shows beside an item's vote ("N komente, raporti i publikuar"), in their own tiny
// namespace "commentsItem" so the live dashboard does not load the comments' whole bundle.
import i18n from "../../app/i18n";

const bundles = {
  sq: { count_one: "{{count}} koment", count_other: "{{count}} komente", reportPublished: "raporti i publikuar" },
  en: { count_one: "{{count}} comment", count_other: "{{count}} comments", reportPublished: "report published" },
} as const;

for (const [language, bundle] of Object.entries(bundles)) {
  if (!i18n.hasResourceBundle(language, "commentsItem")) i18n.addResourceBundle(language, "commentsItem", bundle, true, false);
}
