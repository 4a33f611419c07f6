import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { describeError, reasonOf } from "../../ui/describeError";
import { useDocumentTitle } from "../useDocumentTitle";
import { homeOf, mayOpen, useAuth } from "./AuthProvider";
import { LoginMutation } from "./operations";

/** `/hyr`: sign in, then go where the role works (or back where the user was sent from). */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("login.heading"));
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [login, { loading }] = useMutation(LoginMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      if (!data) return;
      signIn(data.login.token, data.login.user);
      const from = (location.state as { from?: string } | null)?.from;
      const role = data.login.user.role;
      navigate(from && from !== "/" && mayOpen(role, from) ? from : homeOf(role), { replace: true });
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <div className="login-page">
      <h1>{t("login.heading")}</h1>
      <form className="form login-form" onSubmit={submit} noValidate={false}>
        <div className="field">
          <label htmlFor="login-username">{t("login.username")}</label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t("login.password")}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error !== null && (
          <p className="error-message" role="alert">
            {reasonOf(error).code === "UNAUTHENTICATED"
              ? `${t("login.failed")}: ${reasonOf(error).message}`
              : describeError(error, t)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={loading}>
          {t("login.submit")}
        </button>
      </form>
      <p className="muted">{t("login.help")}</p>
    </div>
  );
}
