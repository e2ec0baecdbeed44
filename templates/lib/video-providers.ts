/**
 * Video hosts the site knows how to show with a click-to-load, privacy-enhanced player. Other
 * hosts still work as plain links; the check warns so organisers know no player will be shown.
 */
export interface VideoProvider {
  name: string;
  hosts: readonly string[];
}

export const videoProviders: readonly VideoProvider[] = [
  { name: 'YouTube', hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'] },
  { name: 'Vimeo', hosts: ['vimeo.com', 'player.vimeo.com'] },
  { name: 'Facebook', hosts: ['www.facebook.com', 'facebook.com', 'fb.watch'] },
  { name: 'Microsoft Stream', hosts: ['web.microsoftstream.com'] },
  { name: 'Public-I', hosts: ['www.publici.tv'] },
];

export function videoProviderOf(url: string): VideoProvider | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return videoProviders.find((provider) => provider.hosts.includes(host));
}
