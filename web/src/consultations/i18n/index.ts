// The consultations page's strings, in their own i18next namespace "consultations", added when this area's code is
// first imported. Keys are asked for as t("consultations:page.title"); consultations/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const CONSULTATIONS_NAMESPACE = "consultations";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, CONSULTATIONS_NAMESPACE)) i18n.addResourceBundle(language, CONSULTATIONS_NAMESPACE, bundle, true, false);
}

export default i18n;
