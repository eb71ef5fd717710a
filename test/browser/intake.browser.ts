import { randomUUID } from 'node:crypto';

import { STAFF, expect, test } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { addDays, berlinToday } from './support/dates.js';
import { actAs, createOpenProcedure } from './support/staff.js';

const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [7.012, 51.452],
      [7.016, 51.452],
      [7.016, 51.455],
      [7.012, 51.455],
      [7.012, 51.452],
    ],
  ],
};

interface WorkspaceStatement {
  reference: string;
  text: string;
  channel: string;
  late: boolean;
  geometry: { type: string } | null;
}

test.describe('staff intake of paper and e-mail statements (issue 14.7)', () => {
  test('a planner records a letter with its scan and place; the late flag shows before saving', async ({
    page,
    signIn,
  }) => {
    test.slow();
    const planner = await actAs(page, signIn, STAFF.planner);
    const procedure = await createOpenProcedure(planner, {
      prefix: 'INT',
      title: 'Erfassung',
      topics: ['Plätze'],
      area: AREA,
      district: 'Prüfbezirk',
      phaseTitle: 'Dialog zur Erfassung',
    });
    const text = `Brief von Herrn Özdemir zur Bushaltestelle. (${randomUUID().slice(0, 8)})`;

    await page.goto(`/planung/verfahren/${procedure.id}`);
    const intake = page.getByRole('region', {
      name: 'Stellungnahme erfassen (Post, E-Mail, Niederschrift)',
    });
    await expect(intake.getByLabel('Beteiligungsphase')).toHaveValue(procedure.phaseId);

    // Sending empty: the summary names what is missing, in words.
    await intake.getByRole('button', { name: 'Stellungnahme erfassen' }).click();
    const summary = intake.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Bitte wählen Sie, wie die Stellungnahme eingegangen ist.');
    await expect(summary).toContainText('Bitte geben Sie Eingangsdatum und Uhrzeit an.');

    await intake.getByLabel('Post (Brief)').check();
    // After the last day: said before saving.
    const today = berlinToday();
    await intake.getByLabel('Eingangsdatum').fill(addDays(today, 15));
    await expect(intake.getByRole('status').filter({ hasText: /^Verspätet:/ })).toBeVisible();
    await intake.getByLabel('Eingangsdatum').fill(today);
    await expect(intake.getByRole('status').filter({ hasText: /^Fristgerecht/ })).toBeVisible();
    // A minute past midnight: today, on time, and never in the future (which is refused).
    await intake.getByLabel('Uhrzeit (Ortszeit Essen)').fill('00:01');
    await intake.getByLabel('Text der Stellungnahme').fill(text);

    await intake
      .getByLabel('Anhänge (freiwillig)')
      .setInputFiles('test/fixtures/documents/begruendung.pdf');
    await expect(intake.getByRole('list', { name: 'Ausgewählte Anhänge' })).toContainText(
      'hochgeladen',
    );
    await intake.getByLabel('Auf der Karte markieren').check();
    await expect(intake.locator('path.statement-area')).toBeVisible();
    await intake.getByRole('button', { name: 'Punkt in der Kartenmitte setzen' }).click();
    await intake.getByLabel('Anonym', { exact: true }).check();
    await expect(summary).toHaveCount(0);
    await expectNoSeriousViolations(page);

    await intake.getByRole('button', { name: 'Stellungnahme erfassen' }).click();
    const saved = intake
      .getByRole('status')
      .filter({ hasText: /^Stellungnahme .+ ist erfasst\.$/ });
    await expect(saved).toBeVisible();
    await expect(saved.locator('p')).toBeFocused();
    // The form is empty again for the next letter.
    await expect(intake.getByLabel('Text der Stellungnahme')).toHaveValue('');

    const list = await planner.get(`/api/procedures/${procedure.id}/assessment/statements`);
    expect(list.status(), await list.text()).toBe(200);
    const { items } = (await list.json()) as { items: WorkspaceStatement[] };
    const recorded = items.find((item) => item.text === text);
    expect(recorded).toMatchObject({
      channel: 'letter',
      late: false,
      geometry: { type: 'Point' },
    });
    await expect(saved).toHaveText(`Stellungnahme ${recorded?.reference} ist erfasst.`);
  });
});
