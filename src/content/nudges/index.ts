// The nudges, as content-script features (registered in ../index.ts).
import type { Feature } from '../feature';
import { deleteCommentNudgeFeature } from './delete-comment-nudge';
import { friendRequestNudgeFeature } from './friend-request-nudge';

export const NUDGES: Feature[] = [friendRequestNudgeFeature, deleteCommentNudgeFeature];
