// The One Stop Shop's own strings, in their own i18next namespace "oss", added
// to the app's i18next instance when this area's code is first imported. Keys
// are asked for with the namespace spelled out — t("oss:queue.title") — so they
// read the same from any component; oss/i18n/i18n.test.ts checks them the way
// app/i18n/i18n.test.ts checks the shared ones.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const OSS_NAMESPACE = "oss";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, OSS_NAMESPACE)) i18n.addResourceBundle(language, OSS_NAMESPACE, bundle, true, false);
}

export default i18n;
