// The session's live stream [transmetimi i drejtpërdrejtë]: which provider an
// address belongs to and the player address to embed. Pure: the dashboard's
// StreamPanel decides when to load anything (only when the viewer asks: nothing
// goes to a third party before that click).

export type StreamProvider = "YouTube" | "Vimeo" | "Facebook";

export type StreamTarget = {
  /** The address as the secretariat gave it, for the plain link. */
  url: string;
  /** The provider's name for the link and the privacy note; null for an address we do not embed. */
  provider: StreamProvider | null;
  /** The player's address, or null: then only the link is offered. */
  embedUrl: string | null;
  /** The iframe's sandbox, for providers whose player works inside one; null for none. */
  sandbox: string | null;
  /** The host of the address, named in the privacy note when the provider is unknown. */
  host: string;
};

const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com", "youtube-nocookie.com"]);
const VIMEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com", "player.vimeo.com"]);
const FACEBOOK_HOSTS = new Set(["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"]);

/** A YouTube video id: letters, digits, - and _ (never anything that could leave the path). */
const YOUTUBE_ID = /^[A-Za-z0-9_-]{3,64}$/;

// YouTube and Vimeo play in a sandbox with scripts, their own origin and fullscreen;
// Facebook's plugin opens its own windows and breaks inside one, so it gets none.
const PLAYER_SANDBOX = "allow-scripts allow-same-origin allow-presentation allow-popups";

/** The YouTube id in watch?v=, youtu.be/ID, /live/ID, /embed/ID or /shorts/ID, else null. */
function youtubeId(url: URL): string | null {
  const segments = url.pathname.split("/").filter(Boolean);
  let id: string | null | undefined;
  if (url.hostname === "youtu.be") id = segments[0];
  else if (segments[0] === "watch") id = url.searchParams.get("v");
  else if (["live", "embed", "shorts", "v"].includes(segments[0] ?? "")) id = segments[1];
  return id && YOUTUBE_ID.test(id) ? id : null;
}

/** The Vimeo id: vimeo.com/123, player.vimeo.com/video/123, vimeo.com/channels/x/123 (the first all-digit segment). */
function vimeoId(url: URL): string | null {
  return url.pathname.split("/").find((segment) => /^\d{1,20}$/.test(segment)) ?? null;
}

/** A Facebook video: /{page}/videos/{id}, /watch/?v={id}, /video.php?v={id}. */
function isFacebookVideo(url: URL): boolean {
  const segments = url.pathname.split("/").filter(Boolean);
  const videos = segments.indexOf("videos");
  if (videos >= 0 && /^\d+$/.test(segments[videos + 1] ?? "")) return true;
  return (segments[0] === "watch" || segments[0] === "video.php") && /^\d+$/.test(url.searchParams.get("v") ?? "");
}

/**
 * What to show for a stream address: an embeddable player for YouTube, Vimeo
 * and Facebook videos, a plain link for any other https address, and nothing
 * (null) for an address that is not https (the server accepts https only, and
 * a javascript: or http: link must never reach the page).
 */
export function streamTargetOf(raw: string | null | undefined): StreamTarget | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || !url.hostname) return null;
  const host = url.hostname.toLowerCase();
  const link = { url: url.href, host };
  if (YOUTUBE_HOSTS.has(host)) {
    const id = youtubeId(url);
    if (id) return { ...link, provider: "YouTube", embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`, sandbox: PLAYER_SANDBOX };
    return { ...link, provider: "YouTube", embedUrl: null, sandbox: null };
  }
  if (VIMEO_HOSTS.has(host)) {
    const id = vimeoId(url);
    if (id) return { ...link, provider: "Vimeo", embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1`, sandbox: PLAYER_SANDBOX };
    return { ...link, provider: "Vimeo", embedUrl: null, sandbox: null };
  }
  if (FACEBOOK_HOSTS.has(host)) {
    if (isFacebookVideo(url)) {
      const href = encodeURIComponent(url.href);
      return { ...link, provider: "Facebook", embedUrl: `https://www.facebook.com/plugins/video.php?href=${href}&show_text=false&autoplay=true`, sandbox: null };
    }
    return { ...link, provider: "Facebook", embedUrl: null, sandbox: null };
  }
  return { ...link, provider: null, embedUrl: null, sandbox: null };
}

