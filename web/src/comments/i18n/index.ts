// The comments' strings, in their own i18next namespace "comments", added when this area's code is first
// imported. Keys are asked for as t("comments:form.title"); comments/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const COMMENTS_NAMESPACE = "comments";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, COMMENTS_NAMESPACE)) i18n.addResourceBundle(language, COMMENTS_NAMESPACE, bundle, true, false);
}

export default i18n;
