/** Video links of sessions and evidence. */
import type { FieldPath } from '../problems.ts';
import { videoProviderOf } from '../../video-providers.ts';
import { videoEmbed } from '../../video-embed.ts';
import { warning, type CrossCheck } from './check.ts';

export const videoChecks: CrossCheck[] = [
  {
    /**
     * A YouTube or Vimeo address that is not a single video (a channel, a playlist) gets no player,
     * which is rarely what was meant. Other hosts, such as a council's own archive page, are shown
     * as plain links naming the host, as intended.
     */
    id: 'video.single-video',
    run: ({ sessions, evidence }) => {
      const links: Array<[FieldPath, string | undefined]> = [];
      const add = (path: FieldPath, value: string | ReadonlyArray<{ url?: string } | undefined> | undefined) => {
        if (typeof value === 'string') links.push([path, value]);
        else value?.forEach((v, i) => links.push([[...path, i, 'url'], v?.url]));
      };
      sessions?.forEach((s, i) => {
        add(['sessions', i, 'livestream'], s?.livestream);
        add(['sessions', i, 'recording'], s?.recording);
      });
      evidence?.forEach((e, i) => links.push([['evidence', i, 'video'], e?.video]));
      return links.flatMap(([path, url]) => {
        const provider = url ? videoProviderOf(url)?.name : undefined;
        return url && (provider === 'YouTube' || provider === 'Vimeo') && !videoEmbed(url)
          ? [warning(path, `This ${provider} address is not a single video, so the site will show a plain link instead of a player. Use the address of the video itself.`)]
          : [];
      });
    },
  },
];
