// "Posting": when the practice last posted on each site, and whether it keeps to its goal.
import type { Site } from '../rules/types';
import { cadenceOf, cadenceSites, goalInWords, remindersDue, spanInWords, type SiteCadence } from '../shared/cadence';
import type { CadenceState } from '../shared/cadence-store';
import { SITE_NAMES, type Settings } from '../shared/settings';

function lastPostWords(c: SiteCadence, now: number): string {
  if (c.lastAt === undefined) return 'No post recorded yet';
  const ago = now - c.lastAt;
  return ago < 3_600_000 ? 'Last post less than an hour ago' : `Last post ${spanInWords(ago)} ago`;
}

function Row({ c, now }: { c: SiteCadence; now: number }) {
  const status = c.onTrack ? (c.interval ? 'On track' : 'No goal set') : `Quiet for ${spanInWords(c.quietFor)}`;
  return (
    <li class="cadence-row" data-bedside-cadence={c.site} data-bedside-on-track={String(c.onTrack)}>
      <div>
        <p class="cadence-site">{SITE_NAMES[c.site]}</p>
        <p class="muted small" data-bedside-last-post>
          {lastPostWords(c, now)} · {c.recentPosts} in the last {c.window > 7 * 86_400_000 ? spanInWords(c.window) : 'week'}
        </p>
      </div>
      <span class={`pill ${c.onTrack ? 'ok' : 'warning'}`}>{status}</span>
    </li>
  );
}

export function CadenceCard(props: {
  settings: Settings;
  cadence: CadenceState;
  now: number;
  onSnooze: () => void;
  onOpenSettings: () => void;
}) {
  const { settings, cadence, now } = props;
  const sites: Site[] = cadenceSites(settings.practiceAccounts, cadence.posts);
  const status = cadenceOf(cadence.posts, { postsPerWeek: settings.cadence.postsPerWeek, sites, since: cadence.since }, now);
  const due = remindersDue(status, { remind: settings.cadence.remind, snoozedUntil: cadence.snoozedUntil }, now);
  return (
    <section class="panel" aria-labelledby="cadence-title">
      <div class="panel-head">
        <h2 id="cadence-title">Posting</h2>
        {sites.length ? <span class="muted small">Goal: {goalInWords(settings.cadence.postsPerWeek)}</span> : null}
      </div>
      {sites.length === 0 ? (
        <p class="note">
          Add the practice's pages in{' '}
          <button class="link" type="button" onClick={props.onOpenSettings}>
            Settings
          </button>{' '}
          to see when each was last posted to. Only the time and site of the practice's posts are kept — never what they say.
        </p>
      ) : (
        <>
          <ul class="cadence">
            {status.map((c) => (
              <Row key={c.site} c={c} now={now} />
            ))}
          </ul>
          {due.length ? (
            <div class="reminder" role="status">
              <p>
                {due.map((c) => SITE_NAMES[c.site]).join(' and ')} {due.length === 1 ? 'has' : 'have'} gone quiet. A short update —
                new hours, a staff welcome, a seasonal tip — keeps the page alive.
              </p>
              <button type="button" onClick={props.onSnooze}>
                Not now
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
