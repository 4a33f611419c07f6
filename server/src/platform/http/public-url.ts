/**
 * The one place an absolute address is made (Atom ids and links, calendar URLs and UIDs, e-mails,
 * Popolo). PUBLIC_URL is the site's address as citizens reach it; a feed id or calendar UID built from
 * it stays the same whatever host or proxy a request came through. When it is unset (development, the
 * demo), the address is the one the request came to (its Host header, through TRUST_PROXY), or the
 * server's own listening address for work no request started (alert e-mails); production warns at start-up.
 */
export type RequestLike = { protocol: string; get(name: string): string | undefined };

export class PublicAddress {
  constructor(
    private readonly configured: string | undefined,
    private readonly listening: () => string,
  ) {}

  /** Whether PUBLIC_URL is set (else links follow the request). */
  get isConfigured(): boolean {
    return this.configured !== undefined;
  }

  /** The base address, without a trailing slash. */
  base(req?: RequestLike): string {
    if (this.configured) return this.configured;
    const host = req?.get("host");
    if (req && host) return `${req.protocol}://${host}`;
    return this.listening().replace(/\/+$/, "");
  }

  /** The absolute URL of `path` (which starts with "/") on the public site. */
  absoluteUrl(path: string, req?: RequestLike): string {
    return absoluteUrl(this.base(req), path);
  }

  /** The host name of the public address (calendar UIDs: `<session id>@<host>`). */
  host(req?: RequestLike): string {
    try {
      return new URL(this.base(req)).hostname;
    } catch {
      return new URL(this.base()).hostname; // a Host header that is no host name: the listening address
    }
  }
}

/** `base` + `path`, keeping a path prefix in `base` (https://example.al/kuvend + /vendimet). */
export function absoluteUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}
