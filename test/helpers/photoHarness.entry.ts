/**
 * What the photo harness page exposes as `window.photoHarness`: the H5 photo binding as the app bundles it, and
 * the pure helpers the tests check its output with. Test-only: bundled by test/helpers/photoHarness.ts.
 */
import { compressFile, photoDevice, PHOTO_INPUT_CLASS } from '../../src/evidence/photoDevice.h5'
import { exifSegments, imageKind } from '../../src/evidence/imageKind'
import { sha256Hex } from '../../src/evidence/sha256'

const harness = { photoDevice, compressFile, PHOTO_INPUT_CLASS, exifSegments, imageKind, sha256Hex }
;(window as unknown as { photoHarness: typeof harness }).photoHarness = harness
export type PhotoHarness = typeof harness
