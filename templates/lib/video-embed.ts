/**
 * Click-to-load video: nothing is requested from a video host until the visitor presses play, and
 * then only through the host's privacy-enhanced player (G72, ground rule: no request on load).
 */
import { videoProviderOf } from './video-providers.ts';

export interface VideoEmbed {
  provider: string;
  /** The player address, loaded only after the visitor chooses to play. */
  embedUrl: string;
}

const youtubeId = /^[A-Za-z0-9_-]{6,}$/;

export function videoEmbed(url: string): VideoEmbed | undefined {
  const provider = videoProviderOf(url);
  if (!provider) return undefined;
  const parsed = new URL(url);
  if (provider.name === 'YouTube') {
    const id =
      parsed.hostname === 'youtu.be'
        ? parsed.pathname.slice(1)
        : (parsed.searchParams.get('v') ?? /^\/(?:live|embed|shorts)\/([^/]+)/.exec(parsed.pathname)?.[1]);
    return id && youtubeId.test(id) ? { provider: 'YouTube', embedUrl: `https://www.youtube-nocookie.com/embed/${id}` } : undefined;
  }
  if (provider.name === 'Vimeo') {
    const id = /(\d{5,})/.exec(parsed.pathname)?.[1];
    return id ? { provider: 'Vimeo', embedUrl: `https://player.vimeo.com/video/${id}?dnt=1` } : undefined;
  }
  return undefined;
}

/** The host named in link text, so visitors know where a link takes them. */
export function videoHostName(url: string): string {
  return videoProviderOf(url)?.name ?? new URL(url).hostname.replace(/^www\./, '');
}
