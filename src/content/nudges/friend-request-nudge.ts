// Before accepting a friend, follow or follower request on a personal account: "they may be a patient".
// Holds the Confirm/Accept click; "Accept anyway" replays it once; "Not now" leaves the request as it
// was; "Don't ask again" switches the nudge off for this site. Delete/Ignore/Decline pass untouched.
import type { Site } from '../../rules/types';
import type { Settings } from '../../shared/settings';
import { detectAccount } from '../account';
import { guard, logOnce, type Feature } from '../feature';
import { interceptActivations } from './intercept';
import { showNudge, type NudgeOptions } from './nudge-ui';
import { findRequestAccept, labelOf, type RequestHit } from './selectors';
import { SITE_NAMES, switchOff } from './shared';

const ID = 'friend-request-nudge';

/** The words of the nudge, in plain language, naming the person when the page does. */
export function friendRequestNudge(site: Site, person: string, acceptLabel: string, settings: Settings): NudgeOptions {
  const who = person || 'this person';
  const practice = settings.practiceName ? `${settings.practiceName}’s page` : 'your practice’s page';
  const connect =
    site === 'facebook' ? 'becoming friends here' : site === 'instagram' ? 'letting them follow your personal account' : 'letting them follow you here';
  return {
    kind: 'friend-request',
    title: person ? `Is ${person} a patient?` : 'Could this be a patient?',
    body: [
      `Personal profiles work best for friends and family. If ${who} is a patient, ${connect} mixes your private life with their care, and they will see everything you share with friends.`,
      `You could invite patients to follow ${practice} instead.`,
    ],
    buttons: [
      { action: 'proceed', label: `${acceptLabel || 'Accept'} anyway` },
      { action: 'cancel', label: 'Not now', primary: true },
    ],
    dontAskLabel: `Don’t ask again on ${SITE_NAMES[site]}`,
  };
}

/** Whether to hold this Confirm: the nudge is on for the site and the account is not the practice's. */
export function shouldNudgeRequest(site: Site, settings: Settings, doc: Document): boolean {
  if (!settings.nudges.friendRequest[site]) return false;
  // Unknown counts as personal: Facebook Pages have no friends, and Instagram business accounts
  // cannot be private, so a request to accept almost always means a personal profile.
  return detectAccount(site, doc, settings) !== 'business';
}

export const friendRequestNudgeFeature: Feature = {
  id: ID,
  start(env, signal) {
    // "Don't ask again" must hold for the very next click, before the storage round trip comes back.
    let switchedOff = false;
    env.onSettingsChanged(() => (switchedOff = false), signal);

    interceptActivations<RequestHit>({
      featureId: ID,
      signal,
      match(target) {
        if (switchedOff || !shouldNudgeRequest(env.site, env.settings(), document)) return undefined;
        return findRequestAccept(env.site, target, document);
      },
      onHold(hit, held) {
        const options = friendRequestNudge(env.site, hit.person, labelOf(hit.button), env.settings());
        showNudge(options, signal)
          .then(
            guard(ID, (action) => {
              if (action === 'proceed') held.replay();
              if (action === 'dont-ask-again') {
                switchedOff = true;
                switchOff(env.settings(), 'friendRequest', env.site).catch((error) => logOnce(ID, error));
              }
            }),
          )
          .catch((error) => logOnce(ID, error));
      },
    });
  },
};
