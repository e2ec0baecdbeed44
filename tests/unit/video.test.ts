import { describe, expect, it } from 'vitest';
import { videoEmbed, videoHostName } from '../../templates/lib/video-embed.ts';

describe('videoEmbed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=rvsjury0001', 'https://www.youtube-nocookie.com/embed/rvsjury0001'],
    ['https://youtu.be/rvsjury0001', 'https://www.youtube-nocookie.com/embed/rvsjury0001'],
    ['https://www.youtube.com/live/rvsjury0001?si=x', 'https://www.youtube-nocookie.com/embed/rvsjury0001'],
    ['https://vimeo.com/123456789', 'https://player.vimeo.com/video/123456789?dnt=1'],
  ])('plays %s through the privacy-enhanced player', (url, embedUrl) => {
    expect(videoEmbed(url)?.embedUrl).toBe(embedUrl);
  });
  it('offers only a link for hosts it cannot embed', () => {
    expect(videoEmbed('https://www.facebook.com/gcp/videos/1')).toBeUndefined();
    expect(videoEmbed('https://video.example.org/live')).toBeUndefined();
    expect(videoEmbed('https://www.youtube.com/channel/abc')).toBeUndefined();
  });
  it('names the host in link text', () => {
    expect(videoHostName('https://youtu.be/abcdefg')).toBe('YouTube');
    expect(videoHostName('https://www.video.example.org/x')).toBe('video.example.org');
  });
});
