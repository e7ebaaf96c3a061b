import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { browserScenario } from './support/scenario'

/**
 * The privacy guide is asked for at the first personal-information call, not before: the photo
 * picker opens only after 同意并继续; 暂不同意 leaves the form as it was; once agreed, never again.
 */

const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPj/HwAE/wJ/lVbKNgAAAABJRU5ErkJggg==',
  'base64',
)

const { as } = browserScenario()

test('the first photo pick asks for privacy consent and proceeds only after agreement', async () => {
  const resident = await as('resident-1')
  const screen = resident.screen()
  await screen.getByText('王女士，您好').waitFor()
  // Launch and the home page ask nothing.
  expect(await screen.locator('.ll-privacy').count()).toBe(0)

  await screen.locator('.ll-home__report').click()
  await screen.locator('.ll-repair-form__category--plumbing').click()
  expect(await screen.locator('.ll-privacy').count()).toBe(0)

  let choosers = 0
  resident.page.on('filechooser', () => choosers++)
  await screen.locator('.ll-photo-picker__add').click()
  await screen.locator('.ll-privacy', { hasText: '用户隐私保护指引' }).waitFor()
  expect(await screen.locator('.ll-privacy__item').allInnerTexts()).toEqual(
    expect.arrayContaining([expect.stringContaining('选中的照片')]),
  )
  await resident.shot('privacy-01-consent-before-photo')
  expect(choosers).toBe(0)

  // Declining closes the dialog; no picker, nothing stored, and the next tap asks again.
  await screen.locator('.ll-privacy__decline').click()
  await screen.locator('.ll-privacy').waitFor({ state: 'detached' })
  expect(choosers).toBe(0)
  expect(await resident.page.evaluate(() => localStorage.getItem('linli.privacy.agreed.v1'))).toBeNull()

  await screen.locator('.ll-photo-picker__add').click()
  const chooser = resident.page.waitForEvent('filechooser')
  await screen.locator('.ll-privacy__agree').click()
  const photoPath = join(tmpdir(), 'linli-privacy.png')
  writeFileSync(photoPath, PHOTO)
  await (await chooser).setFiles(photoPath)
  await screen.locator('.ll-photos__img').first().waitFor()

  // Agreed once: the next pick goes straight to the picker.
  const second = resident.page.waitForEvent('filechooser')
  await screen.locator('.ll-photo-picker__add').click()
  await (await second).setFiles(photoPath)
  expect(await screen.locator('.ll-privacy').count()).toBe(0)
  await screen.locator('.ll-photos__img').nth(1).waitFor()
})
