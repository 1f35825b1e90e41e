// Every rule, sorted by id. A rule is added here, with its file and its test beside it.
import { onlinePrescribing } from './online-prescribing';
import { patientPrivacy } from './patient-privacy';
import { personalAccountBoundary } from './personal-account-boundary';
import { reviewReplyDisclosure } from './review-reply-disclosure';
import { unprofessionalTone } from './unprofessional-tone';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  onlinePrescribing,
  patientPrivacy,
  personalAccountBoundary,
  reviewReplyDisclosure,
  unprofessionalTone,
].sort((a: Rule, b: Rule) => a.id.localeCompare(b.id));
