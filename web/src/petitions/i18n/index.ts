// The petitions' strings, in their own i18next namespace "petitions", added when this area's code is first
// imported. Keys are asked for as t("petitions:register.heading"); petitions/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const PETITIONS_NAMESPACE = "petitions";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, PETITIONS_NAMESPACE)) i18n.addResourceBundle(language, PETITIONS_NAMESPACE, bundle, true, false);
}

export default i18n;
