import { describe, expect, test } from 'vitest';
import model from './data/parent-model.json';
import { readParent } from './index';
import { negativeProbability, parentFeatures } from './parent-model';
import { normalize } from './normalize';
import { readParent as readWithRulesOnly } from './read-parent';

describe('parent model', () => {
  test('reads words, word pairs and shouting, with digits folded', () => {
    const features = parentFeatures(normalize('Waited 45 min!!'));
    expect(features).toEqual(expect.arrayContaining(['waited', '0', 'min', 'waited 0', '0 min', '<!!>']));
  });

  test('gives a probability', () => {
    for (const text of ['', 'ok', 'Front desk told me three different prices for the same thing.']) {
      const p = negativeProbability(text);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  test('is small: a few hundred integer weights', () => {
    const weights = Object.values(model.weights);
    expect(weights.length).toBeLessThanOrEqual(250);
    expect(weights.every((w) => Number.isInteger(w))).toBe(true);
  });

  // Complaints without a word the hand-written reader knows: the model catches them.
  const complaints = [
    'Front desk told me three different prices for the same thing.',
    'Been trying to get a refill approved since Monday.',
    'Left with more questions than answers honestly.',
  ];
  test.each(complaints)('adds a complaint the reader misses: %s', (text) => {
    expect(readWithRulesOnly(text).sentiment).toBe('neutral');
    expect(readParent(text).sentiment).toBe('negative');
  });

  // Praise, questions and worry about a loved one stay as they are.
  const calm = ['Dr. Patel is the best, thank you so much!', 'Do you take Medicaid for kids?', 'My mom has a bad cough, should she come in?'];
  test.each(calm)('leaves alone: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});
