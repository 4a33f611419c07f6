// The requests for documents' strings, in their own i18next namespace "documentRequests", added when this
// area's code is first imported. Keys are asked for as t("documentRequests:register.heading").
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const DOCUMENT_REQUESTS_NAMESPACE = "documentRequests";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, DOCUMENT_REQUESTS_NAMESPACE)) i18n.addResourceBundle(language, DOCUMENT_REQUESTS_NAMESPACE, bundle, true, false);
}

export default i18n;
