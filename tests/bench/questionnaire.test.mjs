// The benchmark's SurveyJS reference asks what the check asks and scores as the model does: its questionnaire,
// printed by model/examples/surveyjs.rs, run by survey-core in node (no browser needed), against the scores
// of model/examples/expected.rs.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Model } from 'survey-core';
import { expected, root } from '../e2e/support.mjs';

const questionnaire = JSON.parse(
  execFileSync('cargo', ['run', '-q', '-p', 'model', '--example', 'surveyjs'], { cwd: root, encoding: 'utf8' }),
);
const data = (digits) => Object.fromEntries([...digits].map((digit, slot) => [`slot_${slot}`, Number(digit)]));

// The slots in the order the check asks them: the business, the arguments in model::content::ASKED_ORDER
// (search, groups, how do you know, contacts, presence, help, crisis), then the goals.
const ASKED_SLOTS = [0, 6, 5, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14];

test('the reference has a start page and the check’s 10 pages, with one required radio group per answer in the check’s order', () => {
  assert.equal(questionnaire.firstPageIsStartPage, true);
  assert.equal(questionnaire.pages.length, 1 + 10);
  const groups = questionnaire.pages.flatMap((page) => page.elements.filter((element) => element.type === 'radiogroup'));
  assert.deepEqual(
    groups.map((group) => group.name),
    ASKED_SLOTS.map((slot) => `slot_${slot}`),
  );
  // The first question offers the seven kinds of business; every other one a scale of four levels.
  assert.ok(groups.every((group) => group.isRequired && group.choices.length === (group.name === 'slot_0' ? 7 : 4)));
});

test('an argument’s card shows once the argument is answered', () => {
  const survey = new Model(questionnaire);
  const card = survey.getQuestionByName('debunk_1');
  assert.equal(card.isVisible, false);
  survey.setValue('slot_1', 0);
  assert.equal(card.isVisible, true);
});

test('the reference’s overall score is the model’s', () => {
  for (const digits of [
    '000000000000000',
    '333333333333333',
    '120123012301230',
    '012301230123012',
    '321032103210321',
    '211302231023031',
    // Every goal "not a topic": the arguments alone make the score.
    '312301230000000',
  ]) {
    const survey = new Model(questionnaire);
    survey.data = data(digits);
    assert.equal(survey.getVariable('overall'), expected(digits).overall, digits);
  }
});
