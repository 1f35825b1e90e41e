// Every rule, sorted by id. A rule is added here, with its file and its test beside it.
import { onlinePrescribing } from './online-prescribing';
import { unprofessionalTone } from './unprofessional-tone';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  onlinePrescribing,
  unprofessionalTone,
].sort((a: Rule, b: Rule) => a.id.localeCompare(b.id));
