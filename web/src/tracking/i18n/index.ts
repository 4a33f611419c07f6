// The strings of "Ndiq kërkesën" and "Merr pjesë", in their own i18next namespace "tracking", added when this
// area's code is first imported. Keys are asked for as t("tracking:track.title"); i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const TRACKING_NAMESPACE = "tracking";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, TRACKING_NAMESPACE)) i18n.addResourceBundle(language, TRACKING_NAMESPACE, bundle, true, false);
}

export default i18n;
