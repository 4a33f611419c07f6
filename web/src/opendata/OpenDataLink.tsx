/**
 * A download of published data: a plain link (the server answers the file,
 * not the web client), marked with its format so nobody has to guess.
 */
export function OpenDataLink({ href, label, description }: { href: string; label: string; description?: string }) {
  const format = href.split(".").pop()?.toUpperCase() ?? "";
  return (
    <>
      <a href={href} className="download-link" download>
        <span className="download-link__format" aria-hidden="true">
          {format}
        </span>{" "}
        {label}
      </a>
      {description && <span className="download-link__description"> {description}</span>}
    </>
  );
}
