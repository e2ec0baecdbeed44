/**
 * Video hosts the site recognises. YouTube and Vimeo videos get a click-to-load, privacy-enhanced
 * player; the others, and any other address, are shown as plain links naming the host.
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
